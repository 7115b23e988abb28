#!/usr/bin/env python3
"""Build the hanex evaluation corpus from its annotated article sources.

Reads
    corpus/src/articles/*.md     one article each, with inline annotation markup
    corpus/src/sites/*.html.tmpl HTML page templates (one per fictional news site)
    corpus/src/sites/*.txt.tmpl  plain-text "scraped page" templates
    corpus/src/sites/sites.json  how each site renders an article block
    corpus/src/chrome/*.list     headline and ad pools for page chrome (never annotated)
Writes
    corpus/html/<id>.html        in the encoding the article header asks for
    corpus/text/<id>.txt         UTF-8
    corpus/gold/annotations.csv  one row per Person / Organization / Money / EventTrigger mention
    corpus/gold/events.csv       one row per gold event trigger
    the coverage table in corpus/README.md (between the coverage markers)

Python 3 standard library only.  The output is a pure function of the sources: running the
script twice gives byte-identical files.  The markup format is documented in corpus/README.md.

Checks (the build fails if one does not hold):
  * every gold span equals the decoded source text at its offsets (re-read from the written bytes);
  * every gold span lies inside an article-content region (title, subtitle, paragraph, caption);
  * the html and text renderings of one article carry the same mention sequence;
  * Money values are plain decimals and agree with an independent parse of the span text;
  * event participants are canonical names of Person/Organization mentions of the same article;
  * declared-EUC-KR pages are encodable in strict EUC-KR;
  * a lint: trigger words and money-looking strings in article content must be annotated or
    explicitly marked as not annotated with [..]{-}.
"""
import csv
import hashlib
import html
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
SRC = CORPUS / "src"

PERSON, ORG, MONEY, EVENT = "Person", "Organization", "Money", "EventTrigger"
TYPE_ALIASES = {"Person": PERSON, "P": PERSON, "Organization": ORG, "Org": ORG, "O": ORG,
                "Money": MONEY, "M": MONEY}
EVENT_TYPES = ("MEET", "TRAVEL", "CONTRACT", "SUPPLY", "INVEST", "PARTNERSHIP")
MODALITIES = ("ASSERTED", "PLANNED", "POSSIBLE", "NEGATED")
QUALIFIERS = ("EXACT", "APPROX", "AT_LEAST", "AT_MOST", "RANGE")
CURRENCIES = ("KRW", "USD", "JPY", "EUR", "CNY", "GBP")

ANN_COLUMNS = ["doc_id", "type", "begin", "end", "text", "source_begin", "source_end", "canonical",
               "value", "value_max", "currency", "qualifier", "event_type", "modality", "rule"]
EVENT_COLUMNS = ["doc_id", "trigger_source_begin", "trigger_source_end", "trigger", "event_type",
                 "modality", "participants", "amount_value", "amount_currency", "date", "place"]

MARKUP = re.compile(r"\[([^\[\]{}]+)\]\{([^{}]*)\}")


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------- annotations

class Ann:
    """One inline annotation: [text]{spec}."""

    def __init__(self, text, spec, where):
        self.text = text
        self.where = where
        fields = spec.split("|")
        head = fields[0].strip()
        self.kind = None
        self.canonical = self.value = self.value_max = self.currency = self.qualifier = ""
        self.event_type = self.modality = ""
        self.attrs = {}
        if head == "-":                       # deliberately not annotated (lint allow-list)
            self.kind = "-"
            return
        if head in TYPE_ALIASES:
            self.kind = TYPE_ALIASES[head]
        elif head in EVENT_TYPES:
            self.kind = EVENT
        else:
            raise BuildError(f"{where}: unknown annotation type {head!r} in [{text}]{{{spec}}}")
        if text != text.strip() or not text:
            raise BuildError(f"{where}: span has outer whitespace: [{text}]")
        if self.kind in (PERSON, ORG):
            if len(fields) > 2:
                raise BuildError(f"{where}: too many fields in [{text}]{{{spec}}}")
            self.canonical = fields[1].strip() if len(fields) > 1 and fields[1].strip() else text
        elif self.kind == MONEY:
            if len(fields) not in (3, 4):
                raise BuildError(f"{where}: Money needs value|currency[|qualifier]: {spec}")
            value, self.currency = fields[1].strip(), fields[2].strip()
            if "~" in value:
                self.value, self.value_max = value.split("~")
                self.qualifier = "RANGE"
            elif value == "":
                self.qualifier = "APPROX"
            else:
                self.value = value
                self.qualifier = "EXACT"
            if len(fields) == 4:
                self.qualifier = fields[3].strip()
            if self.qualifier not in QUALIFIERS:
                raise BuildError(f"{where}: bad qualifier {self.qualifier}")
            if self.currency not in CURRENCIES:
                raise BuildError(f"{where}: bad currency {self.currency}")
            for v in (self.value, self.value_max):
                if v and not re.fullmatch(r"\d+(\.\d+)?", v):
                    raise BuildError(f"{where}: value must be a plain decimal: {v!r}")
            if (self.qualifier == "RANGE") != bool(self.value_max):
                raise BuildError(f"{where}: RANGE needs low~high and only RANGE has a high: {spec}")
            if self.value_max and Decimal(self.value_max) <= Decimal(self.value):
                raise BuildError(f"{where}: range upper bound not above lower bound: {spec}")
            check_money_text(text, self, where)
        else:
            self.event_type = head
            if len(fields) < 2 or fields[1].strip() not in MODALITIES:
                raise BuildError(f"{where}: event needs a modality: {spec}")
            self.modality = fields[1].strip()
            for f in fields[2:]:
                k, _, v = f.partition("=")
                k, v = k.strip(), v.strip()
                if k not in ("p", "d", "at", "amt"):
                    raise BuildError(f"{where}: unknown event attribute {k!r}")
                self.attrs[k] = v
            if "d" in self.attrs and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", self.attrs["d"]):
                raise BuildError(f"{where}: date must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)")
            if "amt" in self.attrs and not re.fullmatch(r"\d+(\.\d+)? [A-Z]{3}", self.attrs["amt"]):
                raise BuildError(f"{where}: amt must be 'VALUE CUR'")

    def key(self):
        """What must be equal between the html and text renderings."""
        return (self.kind, self.text, self.canonical, self.value, self.value_max, self.currency,
                self.qualifier, self.event_type, self.modality, tuple(sorted(self.attrs.items())))


# Independent money parser used only to double-check the hand-written values.
HANGUL_DIGITS = {"영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SMALL_UNITS = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS = {"만": 10 ** 4, "억": 10 ** 8, "조": 10 ** 12}
EN_UNITS = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9, "trillion": 10 ** 12}
CURRENCY_WORDS = [("달러", "USD"), ("불", "USD"), ("$", "USD"), ("USD", "USD"), ("원", "KRW"),
                  ("엔", "JPY"), ("유로", "EUR"), ("euros", "EUR"), ("euro", "EUR"), ("€", "EUR"),
                  ("위안", "CNY"), ("파운드", "GBP"), ("£", "GBP"), ("미화", None)]


def parse_korean_number(s):
    """'2조3,500억' -> 2350000000000, '칠천만' -> 70000000, '3천912억' -> 391200000000."""
    total, section, num = Decimal(0), Decimal(0), None
    i = 0
    while i < len(s):
        m = re.match(r"\d[\d,]*(\.\d+)?", s[i:])
        if m:
            num = Decimal(m.group(0).replace(",", ""))
            i += len(m.group(0))
            continue
        c = s[i]
        if c in HANGUL_DIGITS:
            num = Decimal(HANGUL_DIGITS[c])
        elif c in SMALL_UNITS:
            section += (num if num is not None else 1) * SMALL_UNITS[c]
            num = None
        elif c in BIG_UNITS:
            section += num if num is not None else 0
            total += (section if section else 1) * BIG_UNITS[c]
            section, num = Decimal(0), None
        else:
            raise ValueError(s)
        i += 1
    return total + section + (num if num is not None else 0)


def money_text_value(text):
    """Return (low, high, currency) parsed from a money span, None for vague amounts."""
    t = text.replace(" ", "")
    cur = None
    for word, code in CURRENCY_WORDS:
        if word in t:
            if code:
                cur = cur or code
            t = t.replace(word, "")
    t = t.replace("여", "").rstrip("대")
    if t.startswith("수"):
        return None, None, cur
    lo, _, hi = t.partition("~")
    m = re.fullmatch(r"([\d.,]+)([a-z]+)?", lo)
    if m and not hi:                                            # USD 2.5 billion, $4.2 billion, 3 million euros
        mult = EN_UNITS[m.group(2)] if m.group(2) else 1
        return Decimal(m.group(1).replace(",", "")) * mult, None, cur
    if hi:
        high = parse_korean_number(hi)
        low = parse_korean_number(lo)
        if not re.search("[만억조]", lo):             # 4~5조원: the unit is shared
            unit = re.search("[만억조]$", hi).group(0)
            low = low * BIG_UNITS[unit]
        return low, high, cur
    return parse_korean_number(lo), None, cur


def check_money_text(text, ann, where):
    try:
        lo, hi, cur = money_text_value(text)
    except (ValueError, KeyError, AttributeError) as e:
        raise BuildError(f"{where}: cannot parse money span {text!r}: {e}")
    if cur != ann.currency:
        raise BuildError(f"{where}: currency of {text!r} looks like {cur}, markup says {ann.currency}")
    if lo is None:
        if ann.value:
            raise BuildError(f"{where}: vague amount {text!r} must have no value")
        return
    if Decimal(ann.value) != lo or (hi is not None and Decimal(ann.value_max) != hi):
        raise BuildError(f"{where}: value of {text!r} parses as {lo}~{hi}, markup says "
                         f"{ann.value}~{ann.value_max}")


def parse_inline(line, where):
    """Split a source line into [(text, Ann or None)]."""
    segs, pos = [], 0
    for m in MARKUP.finditer(line):
        if m.start() > pos:
            segs.append((line[pos:m.start()], None))
        segs.append((m.group(1), Ann(m.group(1), m.group(2), where)))
        pos = m.end()
    if pos < len(line):
        segs.append((line[pos:], None))
    for t, a in segs:
        if a is None and ("]{" in t or "{" in t or "}" in t):
            raise BuildError(f"{where}: stray markup in {t!r}")
    return segs


def plain(segs):
    return "".join(t for t, _ in segs)


# --------------------------------------------------------------------------- articles

class Article:
    def __init__(self, path):
        self.path = path
        raw = path.read_text(encoding="utf-8")
        m = re.match(r"---\n(.*?)\n---\n(.*)\Z", raw, re.S)
        if not m:
            raise BuildError(f"{path}: missing --- header ---")
        self.meta = {}
        for line in m.group(1).splitlines():
            k, _, v = line.partition(":")
            self.meta[k.strip()] = v.strip()
        for k in ("id", "published", "site", "textsite", "encoding", "section", "reporter", "email"):
            if k not in self.meta:
                raise BuildError(f"{path}: header lacks {k}")
        self.id = self.meta["id"]
        if path.stem != self.id:
            raise BuildError(f"{path}: id {self.id} does not match file name")
        self.title = None
        self.subtitles, self.blocks = [], []     # blocks: ("p", segs) or ("photo", segs)
        for n, line in enumerate(m.group(2).splitlines(), start=1):
            where = f"{path.name}:{n + m.group(1).count(chr(10)) + 2}"
            line = line.rstrip()
            if not line or line.startswith("%%"):
                continue
            if line.startswith("# "):
                self.title = parse_inline(line[2:].strip(), where)
            elif line.startswith("## "):
                self.subtitles.append(parse_inline(line[3:].strip(), where))
            elif line.startswith("! "):
                self.blocks.append(("photo", parse_inline(line[2:].strip(), where)))
            else:
                self.blocks.append(("p", parse_inline(line.strip(), where)))
        if not self.title:
            raise BuildError(f"{path}: no title")
        self.all_segs = [self.title] + self.subtitles + [s for _, s in self.blocks]
        self.anns = [a for segs in self.all_segs for _, a in segs if a and a.kind != "-"]
        canon = {a.canonical for a in self.anns if a.kind in (PERSON, ORG)}
        values = {(a.value, a.currency) for a in self.anns if a.kind == MONEY}
        for a in self.anns:
            if a.kind == EVENT:
                for p in filter(None, a.attrs.get("p", "").split(";")):
                    if p not in canon:
                        raise BuildError(f"{a.where}: participant {p!r} is not a canonical name "
                                         f"of a mention in this article")
                if "amt" in a.attrs and tuple(a.attrs["amt"].split(" ")) not in values:
                    raise BuildError(f"{a.where}: amount {a.attrs['amt']} is not a Money value here")
        n_sent = sum(len(re.findall(r"[다요까]\.(?=\s|$|\")|[다]\.\"", plain(s))) for k, s in self.blocks
                     if k == "p")
        if not 5 <= n_sent <= 15:
            raise BuildError(f"{path}: body has {n_sent} sentences; want 5-15")
        self.lint()

    def lint_qualifiers(self):
        """The qualifier must agree with the words right next to the amount (guidelines)."""
        before = {"약": "APPROX", "최대": "AT_MOST", "최소": "AT_LEAST"}
        after = {"이상": "AT_LEAST", "초과": "AT_LEAST", "이하": "AT_MOST", "미만": "AT_MOST",
                 "가량": "APPROX", "안팎": "APPROX", "정도": "APPROX", "내외": "APPROX"}
        for segs in self.all_segs:
            for i, (t, a) in enumerate(segs):
                if a is None or a.kind != MONEY:
                    continue
                prev = segs[i - 1][0] if i else ""
                nxt = segs[i + 1][0] if i + 1 < len(segs) else ""
                want = None
                m = re.search(r"([가-힣]+)\s$", prev)
                if m and m.group(1) in before:
                    want = before[m.group(1)]
                m = re.match(r"\s?(이상|초과|이하|미만|가량|안팎|정도|내외)", nxt)
                if m:
                    want = after[m.group(1)]
                # 대 glued to the currency (1조원대) makes it approximate and stays outside the span.
                if re.search(r"여[만억조]|[만억조]여", t) or t.startswith("수") or nxt.startswith("대"):
                    want = "APPROX"
                if a.qualifier != "RANGE" and want and a.qualifier != want:
                    raise BuildError(f"{a.where}: [{t}] is {a.qualifier} but the words next to it "
                                     f"say {want}")
                if want is None and a.qualifier not in ("EXACT", "RANGE"):
                    raise BuildError(f"{a.where}: [{t}] is {a.qualifier} but no qualifier word "
                                     f"is next to it")

    def lint(self):
        self.lint_qualifiers()
        trig = re.compile(r"만나|만난|만났|만남|회동|회담|면담|미팅|접견|출장|방문|출국|방미|[가-힣]+행(?=[을을이은에의길]|\b)"
                          r"|계약|체결|수주|협약|MOU|양해각서|공급|납품|투자|투입|출자|협력|협업|공조"
                          r"|제휴|동맹|파트너십")
        money = re.compile(r"\d[\d,.]*\s*(?:[십백천만억조]+\s*)?(?:원|달러|엔|유로|위안|파운드)"
                           r"|\$\s?\d|USD|euros?\b|[영일이삼사오육칠팔구십백천]+[만억조]\s?(?:원|달러)")
        for segs in self.all_segs:
            # "계약을 체결했다": the trigger is 계약; 체결 alone is optional there (guidelines).
            has_contract = any(a is not None and a.event_type == "CONTRACT" for _, a in segs)
            for t, a in segs:
                if a is not None:
                    continue
                for rx, what in ((trig, "trigger word"), (money, "money-like text")):
                    for m in rx.finditer(t):
                        w = m.group(0)
                        if what == "trigger word" and w == "체결" and has_contract:
                            continue
                        if what == "trigger word" and w.endswith("행") and w not in ("미국행", "중국행", "일본행", "유럽행"):
                            continue
                        raise BuildError(f"{self.path.name}: unannotated {what} {w!r} in "
                                         f"...{t[max(0, m.start() - 15):m.end() + 15]}... "
                                         f"(annotate it or mark it [..]{{-}})")


# --------------------------------------------------------------------------- rendering

class Doc:
    """Accumulates output text and records gold mention offsets as it goes."""

    def __init__(self):
        self.parts, self.length = [], 0
        self.mentions, self.regions = [], []

    def raw(self, s):
        self.parts.append(s)
        self.length += len(s)

    def content(self, segs, esc):
        start = self.length
        for text, ann in segs:
            out = esc(text)
            if ann is not None and ann.kind != "-":
                if out != text:
                    raise BuildError(f"{ann.where}: annotated span {text!r} would be escaped")
                self.mentions.append((self.length, self.length + len(text), ann))
            self.raw(out)
        self.regions.append((start, self.length))

    def text(self):
        return "".join(self.parts)


def esc_basic(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_rich(s):
    return (esc_basic(s).replace('"', "&quot;").replace("·", "&middot;")
            .replace("\u00a0", "&nbsp;"))


def pick(pool, seed, n):
    """Deterministic pseudo-random choice of n distinct items."""
    order = sorted(range(len(pool)),
                   key=lambda i: hashlib.sha256(f"{seed}:{i}".encode()).hexdigest())
    return [pool[i] for i in order[:n]]


def seeded_int(seed, lo, hi):
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return lo + h % (hi - lo + 1)


def fill(template, values):
    def sub(m):
        key = m.group(1)
        if key not in values:
            raise BuildError(f"template placeholder {{{{{key}}}}} has no value")
        return values[key]
    return re.sub(r"\{\{(\w+)\}\}", sub, template)


def date_parts(published):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}\+09:00", published)
    if not m:
        raise BuildError(f"published must look like 2025-03-14T09:30:00+09:00: {published}")
    return m.groups()


def board_items(art, site, pools, n, seed_extra=""):
    heads = pick(pools["headlines"], art.id + site["name"] + seed_extra, n)
    y, mo, d, _, _ = date_parts(art.meta["published"])
    items = []
    for i, h in enumerate(heads):
        num = seeded_int(f"{art.id}{seed_extra}{i}", 10000, 10999)
        day = max(1, int(d) - seeded_int(f"{art.id}{i}d", 0, 6))
        items.append((num, h, f"{y}.{mo}.{day:02d}"))
    return items


def render_html_article(doc, art, site):
    st = site["html"]
    esc = esc_rich if st.get("entities") == "rich" else esc_basic
    paras = st["paragraphs"] if art.meta.get("layout", "") == "" else art.meta["layout"]
    doc.raw(st["title_open"])
    doc.content(art.title, esc)
    doc.raw(st["title_close"] + "\n")
    if art.subtitles:
        doc.raw(st["sub_open"])
        for i, s in enumerate(art.subtitles):
            if i:
                doc.raw(st["sub_sep"])
            doc.content(s, esc)
        doc.raw(st["sub_close"] + "\n")
    doc.raw(st["body_open"] + "\n")
    photo_no = 0
    for i, (kind, segs) in enumerate(art.blocks):
        if kind == "photo":
            photo_no += 1
            y, mo = art.meta["published"][:4], art.meta["published"][5:7]
            src = f"/news/photo/{y}{mo}/{art.id}_{photo_no}.jpg"
            alt = esc_basic(plain(segs))
            if st["caption"] == "figure":
                doc.raw(f'<figure class="photo"><img src="{src}" alt="{alt.replace(chr(34), "&quot;")}">'
                        f"<figcaption>")
                doc.content(segs, esc)
                doc.raw("</figcaption></figure>\n")
            else:
                doc.raw('<table class="photo_table" align="center" cellpadding="0" cellspacing="0">'
                        f'<tr><td><img src="{src}" width="560" border="0"></td></tr>'
                        '<tr><td class="caption">')
                doc.content(segs, esc)
                doc.raw("</td></tr></table>\n")
            if paras == "br":
                doc.raw("<br>\n")
        elif paras == "p":
            doc.raw("<p>")
            doc.content(segs, esc)
            doc.raw("</p>\n")
        else:
            doc.content(segs, esc)
            last = i == len(art.blocks) - 1
            doc.raw("<br>\n" if last else "<br><br>\n")
    doc.raw(fill(st["byline"], {"reporter": esc_basic(art.meta["reporter"]),
                                "email": art.meta["email"]}) + "\n")
    doc.raw(st["body_close"])


def render_html(art, site, pools):
    enc = art.meta["encoding"]
    charset_meta = {
        "utf-8": '<meta charset="utf-8">',
        "euc-kr": '<meta charset="euc-kr">',
        "ks_c_5601-1987": '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">',
        "euc-kr-undeclared": "",
    }
    if enc not in charset_meta:
        raise BuildError(f"{art.id}: unknown encoding {enc}")
    y, mo, d, hh, mm = date_parts(art.meta["published"])
    title = plain(art.title)
    desc = plain(art.blocks[[k for k, _ in art.blocks].index("p")][1])[:90]
    values = {
        "charset_meta": charset_meta[enc],
        "title": esc_basic(title),
        "title_attr": esc_basic(title).replace('"', "&quot;"),
        "description_attr": esc_basic(desc).replace('"', "&quot;"),
        "published": art.meta["published"],
        "published_display": f"{y}.{mo}.{d} {hh}:{mm}",
        "modified_display": f"{y}.{mo}.{d} {int(hh) + 1:02d}:{int(mm) // 2 + 7:02d}",
        "section": esc_basic(art.meta["section"]),
        "reporter": esc_basic(art.meta["reporter"]),
        "id": art.id,
        "url": f"{site['url']}{site['article_path']}{seeded_int(art.id, 100000, 399999)}",
        "jsonld": "",
        "board": "",
        "board2": "",
        "ads": "",
    }
    if site["html"].get("jsonld") and art.meta.get("jsonld", "yes") != "no":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": art.meta["published"], "dateModified": art.meta["published"],
              "author": {"@type": "Person", "name": art.meta["reporter"]},
              "publisher": {"@type": "Organization", "name": site["label"]},
              "description": desc, "inLanguage": "ko"}
        values["jsonld"] = ('<script type="application/ld+json">\n'
                            + json.dumps(ld, ensure_ascii=False, indent=2) + "\n</script>")
    item_tpl = site["html"]["board_item"]
    values["board"] = "\n".join(fill(item_tpl, {"n": str(n), "headline": esc_basic(h), "date": dt})
                                for n, h, dt in board_items(art, site, pools, 6))
    values["board2"] = "\n".join(fill(item_tpl, {"n": str(n), "headline": esc_basic(h), "date": dt})
                                 for n, h, dt in board_items(art, site, pools, 4, "rel"))
    values["ads"] = "\n".join(f'<div class="ad_item"><a href="/ad/{seeded_int(a, 1000, 9999)}">'
                              f"{esc_basic(a)}</a></div>" for a in pick(pools["ads"], art.id, 2))
    tpl = (SRC / "sites" / f"{site['name']}.html.tmpl").read_text(encoding="utf-8")
    before, sep, after = tpl.partition("{{article}}")
    if not sep:
        raise BuildError(f"{site['name']}.html.tmpl has no {{{{article}}}}")
    doc = Doc()
    doc.raw(fill(before, values))
    render_html_article(doc, art, site)
    doc.raw(fill(after, values))
    return doc


def render_text(art, site, pools):
    st = site["text"]
    y, mo, d, hh, mm = date_parts(art.meta["published"])
    values = {
        "title": plain(art.title),
        "section": art.meta["section"],
        "reporter": art.meta["reporter"],
        "email": art.meta["email"],
        "published_display": f"{y}.{mo}.{d} {hh}:{mm}",
        "published_dash": f"{y}-{mo}-{d} {hh}:{mm}",
        "board": "\n".join(fill(st["board_item"], {"n": str(n), "headline": h, "date": dt,
                                                   "site": site["label"]})
                           for n, h, dt in board_items(art, site, pools, 7, "txt")),
        "blurbs": "\n".join(pick(pools["blurbs"], art.id + "b", 3)),
        "ads": pick(pools["ads"], art.id + "t", 1)[0],
    }
    tpl = (SRC / "sites" / f"{site['name']}.txt.tmpl").read_text(encoding="utf-8")
    parts = re.split(r"(\{\{(?:title_line|subtitles|body)\}\})", tpl)
    doc = Doc()
    ident = lambda s: s  # noqa: E731  plain text is not escaped
    skip_newline = False
    for part in parts:
        if skip_newline and part.startswith("\n"):
            part = part[1:]
        skip_newline = False
        if part == "{{title_line}}":
            doc.content(art.title, ident)
        elif part == "{{subtitles}}":
            skip_newline = not art.subtitles
            for i, s in enumerate(art.subtitles):
                if i:
                    doc.raw("\n")
                doc.content(s, ident)
        elif part == "{{body}}":
            for i, (kind, segs) in enumerate(art.blocks):
                if i:
                    doc.raw("\n")
                if kind == "photo":
                    doc.raw(st["caption_prefix"])
                doc.content(segs, ident)
        else:
            doc.raw(fill(part, values))
    return doc


# --------------------------------------------------------------------------- output

def gold_rows(doc_id, text, doc):
    rows, events = [], []
    for b, e, a in sorted(doc.mentions, key=lambda m: (m[0], m[1])):
        if text[b:e] != a.text:
            raise BuildError(f"{doc_id}: span {b}-{e} is {text[b:e]!r}, not {a.text!r}")
        if not any(rb <= b and e <= re_ for rb, re_ in doc.regions):
            raise BuildError(f"{doc_id}: mention {a.text!r} outside the article content")
        rows.append([doc_id, a.kind, "", "", a.text, b, e, a.canonical, a.value, a.value_max,
                     a.currency, a.qualifier, a.event_type, a.modality, "gold"])
        if a.kind == EVENT:
            amt = a.attrs.get("amt", "").split(" ") if a.attrs.get("amt") else ["", ""]
            events.append([doc_id, b, e, a.text, a.event_type, a.modality, a.attrs.get("p", ""),
                           amt[0], amt[1], a.attrs.get("d", ""), a.attrs.get("at", "")])
    return rows, events


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def money_form(text):
    forms = []
    if text.startswith("수"):
        forms.append("vague (`수천억원대`, `수십억달러`)")
    elif "~" in text:
        forms.append("range (`4~5조원`, `100억~150억원`)")
    elif re.search(r"[a-zA-Z$]", text):
        forms.append("Latin/symbol (`$4.2 billion`, `USD 2.5 billion`, `3 million euros`)")
    elif text.startswith("미화"):
        forms.append("`미화 … 달러`")
    elif not re.search(r"\d", text):
        forms.append("Hangul numerals (`칠천만 원`, `사십억 달러`)")
    elif re.search(r"\d\s*[조억만].*\d|\d[천백]\d", text):
        forms.append("several number groups (`2조3,500억원`, `3천912억원`, `8만4천원`)")
    elif re.search(r"\d[천백]", text):
        forms.append("digit + 천/백 (`3천억원`, `5백만원`)")
    elif "," in text:
        forms.append("digit grouping (`1,500억원`)")
    else:
        forms.append("digits + one unit (`165억달러`)")
    if " " in text and re.search(r"\d", text) and not re.search(r"[a-zA-Z]", text) \
            and not text.startswith("미화"):
        forms.append("spaced Korean units (`1조 7천억 원`, `30억 위안`)")
    return forms


def coverage_table(all_rows, n_html, n_text, encodings):
    from collections import Counter
    rows = [r for r in all_rows if r[0].startswith("html/")]   # each article counted once
    c = Counter(r[1] for r in rows)
    ev = Counter(r[12] for r in rows if r[1] == EVENT)
    mod = Counter(r[13] for r in rows if r[1] == EVENT)
    q = Counter(r[11] for r in rows if r[1] == MONEY)
    cur = Counter(r[10] for r in rows if r[1] == MONEY)
    forms = Counter(f for r in rows if r[1] == MONEY for f in money_form(r[4]))
    out = [f"Generated by `build_corpus.py`. {n_html} HTML pages and {n_text} text files; "
           f"the counts below are per article (each article's mentions appear once in its HTML page "
           f"and once in its text file, so `annotations.csv` has twice as many rows: {len(all_rows)}).",
           "", "| HTML encoding | pages |", "| --- | ---: |"]
    out += [f"| {k} | {v} |" for k, v in sorted(encodings.items())]
    out += ["", "| type | mentions |", "| --- | ---: |"]
    out += [f"| {k} | {c[k]} |" for k in (PERSON, ORG, MONEY, EVENT)]
    out += ["", "| event type | triggers |", "| --- | ---: |"]
    out += [f"| {k} | {ev[k]} |" for k in EVENT_TYPES]
    out += ["", "| modality | triggers |", "| --- | ---: |"]
    out += [f"| {k} | {mod[k]} |" for k in MODALITIES]
    out += ["", "| money qualifier | amounts |", "| --- | ---: |"]
    out += [f"| {k} | {q[k]} |" for k in QUALIFIERS]
    out += ["", "| currency | amounts |", "| --- | ---: |"]
    out += [f"| {k} | {cur[k]} |" for k in CURRENCIES]
    out += ["", "| money form | amounts |", "| --- | ---: |"]
    out += [f"| {k} | {v} |" for k, v in sorted(forms.items())]
    return "\n".join(out) + "\n"


def main():
    sites = json.loads((SRC / "sites" / "sites.json").read_text(encoding="utf-8"))
    pools = {name: [l.strip() for l in (SRC / "chrome" / f"{name}.list").read_text(encoding="utf-8")
                    .splitlines() if l.strip() and not l.startswith("#")]
             for name in ("headlines", "ads", "blurbs")}
    articles = [Article(p) for p in sorted((SRC / "articles").glob("*.md"))]
    if len({a.id for a in articles}) != len(articles):
        raise BuildError("duplicate article ids")
    for sub in ("html", "text", "gold"):
        (CORPUS / sub).mkdir(exist_ok=True)
    expected = {f"{a.id}.html" for a in articles} | {f"{a.id}.txt" for a in articles}
    for sub in ("html", "text"):
        for f in (CORPUS / sub).iterdir():
            if f.name not in expected:
                f.unlink()
    all_rows, all_events, encodings = [], [], {}
    for art in articles:
        keys = {}
        for kind in ("html", "text"):
            site = sites[art.meta["site" if kind == "html" else "textsite"]]
            doc = render_html(art, site, pools) if kind == "html" else render_text(art, site, pools)
            text = doc.text()
            path = CORPUS / kind / f"{art.id}.{'html' if kind == 'html' else 'txt'}"
            enc = art.meta["encoding"] if kind == "html" else "utf-8"
            if enc != "utf-8":
                try:
                    text.encode("euc_kr")
                except UnicodeEncodeError as e:
                    raise BuildError(f"{path.name}: not encodable in EUC-KR: {e}")
                data = text.encode("cp949")
                encodings[enc] = encodings.get(enc, 0) + 1
            else:
                data = text.encode("utf-8")
                if kind == "html":
                    encodings[enc] = encodings.get(enc, 0) + 1
            path.write_bytes(data)
            reread = path.read_bytes().decode("cp949" if enc != "utf-8" else "utf-8")
            doc_id = f"{kind}/{path.name}"
            rows, events = gold_rows(doc_id, reread, doc)
            all_rows += rows
            all_events += events
            keys[kind] = [a.key() for _, _, a in sorted(doc.mentions, key=lambda m: m[0])]
        if keys["html"] != keys["text"]:
            raise BuildError(f"{art.id}: html and text renderings carry different mentions")
    write_csv(CORPUS / "gold" / "annotations.csv", ANN_COLUMNS, all_rows)
    write_csv(CORPUS / "gold" / "events.csv", EVENT_COLUMNS, all_events)
    readme = CORPUS / "README.md"
    if readme.exists():
        r = readme.read_text(encoding="utf-8")
        start, end = "<!-- coverage:start -->\n", "<!-- coverage:end -->"
        if start in r and end in r:
            head, rest = r.split(start, 1)
            _, tail = rest.split(end, 1)
            table = coverage_table(all_rows, len(articles), len(articles), encodings)
            readme.write_text(head + start + table + end + tail, encoding="utf-8")
    print(f"{len(articles)} articles, {len(all_rows)} gold mentions, {len(all_events)} gold events")


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        print(f"build_corpus: error: {e}", file=sys.stderr)
        sys.exit(1)
