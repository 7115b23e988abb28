#!/usr/bin/env python3
"""Format check for the held-out boilerplate pages in this folder (Python 3 standard library only).

    python3 check_heldout.py [FOLDER]

ko-scraped/NAME.txt + NAME.labels.tsv: every non-empty line has exactly one label row, no empty line
has one, rows are `line_no<TAB>KEEP|DROP<TAB>kind` in line order, kinds come from the fixed lists
below, and every page has exactly one title.

*-html/NAME.html + NAME.expect.json: the page decodes strictly in its declared charset, the JSON has
the documented keys, every snippet occurs in the page's text after entity decoding and whitespace
collapsing (a body paragraph inside one text block, or else inside the JSON-LD articleBody), every
`with` snippet lies inside the expected article text, and no `without` snippet does.

Exits 1 and lists every problem when anything is wrong.
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

KEEP_KINDS = {'title', 'subtitle', 'body', 'caption'}
DROP_KINDS = {'menu', 'pagetitle', 'ticker', 'byline', 'widget', 'notice', 'comment', 'related',
              'ranking', 'headlines', 'tag', 'ad', 'footer', 'about'}
EXPECT_REQUIRED = ('title', 'with', 'without', 'body', 'captions')
EXPECT_OPTIONAL = ('subtitles', 'once')
# Tags that start a new text block; everything else is inline.
BLOCK_TAGS = {'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'div', 'dl', 'dt',
              'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
              'hr', 'html', 'li', 'main', 'nav', 'noscript', 'ol', 'p', 'section', 'table', 'tbody',
              'td', 'textarea', 'th', 'thead', 'tr', 'ul', 'button', 'label', 'title', 'head'}
CHARSETS = {'utf-8': 'utf-8', 'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'euc_kr'}

problems = []


def problem(path, msg):
    problems.append(f'{path}: {msg}')


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


class PageText(HTMLParser):
    """Text blocks of a page (script and style skipped) and the JSON-LD blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.jsonld = [], [], []
        self.in_script = None

    def flush(self):
        text = norm(''.join(self.cur))
        if text:
            self.blocks.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.in_script = (tag, dict(attrs).get('type', ''))
            self.script_buf = []
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.in_script:
            if self.in_script[1] == 'application/ld+json':
                self.jsonld.append(''.join(self.script_buf))
            self.in_script = None
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if self.in_script:
            self.script_buf.append(data)
        else:
            self.cur.append(data)


def article_bodies(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == 'articleBody' and isinstance(v, str):
                yield v
            else:
                yield from article_bodies(v)
    elif isinstance(node, list):
        for v in node:
            yield from article_bodies(v)


def check_scraped(folder):
    txts = sorted(folder.glob('*.txt'))
    for tsv in folder.glob('*.labels.tsv'):
        if not tsv.with_name(tsv.name[:-len('.labels.tsv')] + '.txt').exists():
            problem(tsv, 'no matching .txt')
    for txt in txts:
        tsv = txt.with_name(txt.stem + '.labels.tsv')
        if not tsv.exists():
            problem(txt, 'no matching .labels.tsv')
            continue
        raw = txt.read_bytes()
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError as e:
            problem(txt, f'not UTF-8: {e}')
            continue
        if '\r' in text:
            problem(txt, 'contains CR characters; use LF line ends')
        lines = text.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        nonempty = {i + 1 for i, line in enumerate(lines) if line.strip()}
        seen, last, titles = set(), 0, 0
        for n, row in enumerate(tsv.read_text(encoding='utf-8').splitlines(), 1):
            where = f'{tsv}:{n}'
            parts = row.split('\t')
            if len(parts) != 3 or not parts[0].isdigit():
                problem(where, f'expected line_no<TAB>KEEP|DROP<TAB>kind, got {row!r}')
                continue
            line_no, decision, kind = int(parts[0]), parts[1], parts[2]
            if line_no <= last:
                problem(where, f'line {line_no} out of order or repeated')
            last = line_no
            if line_no not in nonempty:
                problem(where, f'line {line_no} is empty or past the end of the text')
            seen.add(line_no)
            if decision == 'KEEP':
                if kind not in KEEP_KINDS:
                    problem(where, f'KEEP kind {kind!r} not in {sorted(KEEP_KINDS)}')
                titles += kind == 'title'
            elif decision == 'DROP':
                if kind not in DROP_KINDS:
                    problem(where, f'DROP kind {kind!r} not in {sorted(DROP_KINDS)}')
            else:
                problem(where, f'decision {decision!r} is neither KEEP nor DROP')
        for line_no in sorted(nonempty - seen):
            problem(txt, f'line {line_no} has no label: {lines[line_no - 1]!r}')
        if titles != 1:
            problem(tsv, f'{titles} title rows; a page has exactly one')
    return len(txts)


def check_html(folder):
    pages = sorted(folder.glob('*.html'))
    for exp in folder.glob('*.expect.json'):
        if not exp.with_name(exp.name[:-len('.expect.json')] + '.html').exists():
            problem(exp, 'no matching .html')
    fallbacks = 0
    for page in pages:
        exp_path = page.with_name(page.stem + '.expect.json')
        if not exp_path.exists():
            problem(page, 'no matching .expect.json')
            continue
        raw = page.read_bytes()
        declared = re.search(rb'charset=["\']?([\w-]+)', raw[:4096], re.I)
        label = declared.group(1).decode('ascii').lower() if declared else 'utf-8'
        if label not in CHARSETS:
            problem(page, f'unexpected charset {label!r}')
            continue
        try:
            html = raw.decode(CHARSETS[label])
        except UnicodeDecodeError as e:
            problem(page, f'does not decode as declared {label}: {e}')
            continue
        try:
            exp = json.loads(exp_path.read_text(encoding='utf-8'))
        except ValueError as e:
            problem(exp_path, f'invalid JSON: {e}')
            continue
        for key in EXPECT_REQUIRED:
            if key not in exp:
                problem(exp_path, f'missing key {key!r}')
        for key in exp:
            if key not in EXPECT_REQUIRED + EXPECT_OPTIONAL:
                problem(exp_path, f'unknown key {key!r}')
        if any(k not in exp for k in EXPECT_REQUIRED):
            continue
        if not isinstance(exp['title'], str) or not exp['title'].strip():
            problem(exp_path, 'title must be a non-empty string')
            continue
        if not exp['body']:
            problem(exp_path, 'body must list at least one paragraph')

        parser = PageText()
        parser.feed(html)
        parser.close()
        parser.flush()
        blocks = parser.blocks
        flat = ' '.join(blocks)  # the page text with block breaks as spaces
        bodies = []
        for blob in parser.jsonld:
            try:
                bodies.extend(norm(b) for b in article_bodies(json.loads(blob)))
            except ValueError as e:
                problem(page, f'JSON-LD block is not valid JSON: {e}')

        def in_block(snippet):
            return any(snippet in b for b in blocks)

        kept = [exp['title']] + exp.get('subtitles', []) + exp['body'] + exp['captions']
        for snippet in kept:
            if snippet != norm(snippet) or not snippet:
                problem(exp_path, f'snippet not whitespace-normalized: {snippet!r}')
        if not in_block(exp['title']):
            problem(exp_path, f'title not found in one text block: {exp["title"]!r}')
        for key in ('subtitles', 'captions'):
            for snippet in exp.get(key, []):
                if not in_block(snippet):
                    problem(exp_path, f'{key[:-1]} not found in one text block: {snippet!r}')
        for para in exp['body']:
            if in_block(para):
                continue
            # Split oddly in the markup: the paragraph must be whole in articleBody and each of its
            # sentences must still be on the page (text blocks joined by spaces).
            sentences = re.split(r'(?<=[.!?"])\s+', para)
            if any(para in b for b in bodies) and all(s in flat for s in sentences):
                fallbacks += 1
                continue
            problem(exp_path, f'body paragraph found neither in one text block nor in articleBody: {para!r}')
        for snippet in exp['with']:
            if snippet not in flat:
                problem(exp_path, f'"with" snippet not in page text: {snippet!r}')
            if not any(snippet in k for k in kept):
                problem(exp_path, f'"with" snippet is not inside the expected article text: {snippet!r}')
        for snippet in exp['without']:
            if not in_block(snippet):
                problem(exp_path, f'"without" snippet not in page text: {snippet!r}')
            if any(snippet in k for k in kept):
                problem(exp_path, f'"without" snippet occurs inside the expected article text: {snippet!r}')
        for snippet in exp.get('once', []):
            if not any(snippet in k for k in kept):
                problem(exp_path, f'"once" snippet is not inside the expected article text: {snippet!r}')
            if sum(b.count(snippet) for b in blocks) < 2:
                problem(exp_path, f'"once" snippet is not repeated on the page, so the check is void: {snippet!r}')
    return len(pages), fallbacks


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    n_txt = check_scraped(root / 'ko-scraped')
    n_ko, fb_ko = check_html(root / 'ko-html')
    n_en, fb_en = check_html(root / 'en-html')
    for p in problems:
        print(p)
    print(f'ko-scraped: {n_txt} pages; ko-html: {n_ko} pages; en-html: {n_en} pages; '
          f'body paragraphs found only via JSON-LD articleBody: {fb_ko + fb_en}; problems: {len(problems)}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
