package io.github.hanex.boilerplate;

import io.github.hanex.date.Timestamps;
import io.github.hanex.text.ArticleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the article in page text saved by a scraper: menu lines, the title, UI strings, subtitles, the body, a
 * photo caption, a copyright line and a board of unrelated headlines, one per line. Every line is classified
 * from its shape and its neighbours (length, sentence endings, list and number patterns, dates, lines repeated
 * on the page), not from one site's strings:
 * <ol>
 * <li>the body is the stretch of lines with the highest prose score (maximum-sum segment): sentences score by
 * length, short fragments, repeated lines, headline boards and copyright lines cost;</li>
 * <li>the title is the headline-like line before the body that the date and byline lines sit next to; the
 * headline-like lines between it and the body are subtitles;</li>
 * <li>inside the body, captions are kept as captions, bylines, date and copyright lines dropped.</li>
 * </ol>
 * Paragraph rules: {@code text:title}, {@code text:subtitle}, {@code text:body}, {@code text:caption}.
 */
public final class ScrapedTextExtractor implements ArticleExtractor {

    static final String RULE_TITLE = "text:title";
    static final String RULE_SUBTITLE = "text:subtitle";
    static final String RULE_BODY = "text:body";
    static final String RULE_CAPTION = "text:caption";

    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern BYLINE_PUNCTUATION = Pattern.compile("[\\[\\]()=·,]");
    /** What stands between a copyright sign and the name: "(c)", a year, dots and dashes. */
    private static final Pattern COPYRIGHT_LEAD = Pattern.compile("^[\\s(c)\\d.-]+");

    private final BoilerplateCues cues;

    public ScrapedTextExtractor() {
        this(BoilerplateCues.defaults());
    }

    public ScrapedTextExtractor(BoilerplateCues cues) {
        this.cues = cues;
    }

    /** One non-blank line of the page and what it looks like. */
    private static final class Line {
        final int begin;
        final int end;
        final String text;
        private String lower;
        final int length;
        final int words;
        boolean sentence;
        boolean chrome;
        boolean copyright;
        boolean byline;
        boolean date;
        boolean board;
        boolean caption;
        boolean repeated;
        boolean polite;
        boolean truncated;
        String kind;

        Line(int begin, int end, String text) {
            this.begin = begin;
            this.end = end;
            this.text = text;
            this.length = text.length();
            this.words = TextShape.words(text);
        }

        boolean junk() {
            return chrome || copyright || byline || date || board;
        }

        /** The text lower-cased (made when first asked: long lines never need it). */
        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }

    @Override
    public ExtractedArticle extract(String source) {
        List<Line> lines = split(source);
        if (lines.isEmpty()) {
            return new ExtractedArticle(ArticleText.builder().build(), PageMetadata.EMPTY);
        }
        describe(lines);
        int[] body = bodyRange(lines);
        int title = -1;
        if (body != null) {
            for (int i = body[0]; i <= body[1]; i++) {
                classifyInBody(lines, i);
            }
            title = findTitle(lines, body[0]);
            if (title >= 0) {
                lines.get(title).kind = "title";
                for (int i = title + 1; i < body[0]; i++) {
                    Line l = lines.get(i);
                    if (l.caption && !l.junk()) {
                        l.kind = "caption";
                    } else if (isHeadlineLike(l) && l.length >= 10) {
                        l.kind = "subtitle";
                    }
                }
            }
        }
        ArticleText.Builder out = ArticleText.builder();
        for (Line l : lines) {
            if (l.kind == null) {
                continue;
            }
            out.startParagraph(l.kind, rule(l.kind));
            SourceText text = new SourceText();
            // The line is the source itself: each character maps to its own position (no entities to decode).
            text.addDecoded(l.text, source, l.begin, l.end, Map.of());
            text.copyTo(out, 0, text.length());
            out.endParagraph();
        }
        return new ExtractedArticle(out.build(), metadata(lines, title, body));
    }

    private static String rule(String kind) {
        return switch (kind) {
            case "title" -> RULE_TITLE;
            case "subtitle" -> RULE_SUBTITLE;
            case "caption" -> RULE_CAPTION;
            default -> RULE_BODY;
        };
    }

    private static List<Line> split(String source) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = source.length();
        while (start < n) {
            int end = start;
            while (end < n && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                end++;
            }
            int b = start;
            int e = end;
            while (b < e && SourceText.isSpace(source.charAt(b))) {
                b++;
            }
            while (e > b && SourceText.isSpace(source.charAt(e - 1))) {
                e--;
            }
            if (e > b) {
                lines.add(new Line(b, e, source.substring(b, e)));
            }
            start = end + 1;
        }
        return lines;
    }

    private void describe(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            counts.merge(l.text, 1, Integer::sum);
        }
        for (Line l : lines) {
            l.repeated = counts.get(l.text) > 1;
            l.sentence = TextShape.endsSentence(l.text) && !endsTruncated(l.text);
            l.truncated = endsTruncated(l.text);
            // Lower-casing never shrinks a line below half its length: a line over twice a check's limit fails it.
            l.chrome = l.length <= 2 * 160 && TextShape.isChromeByCues(l.lower(), cues);
            l.copyright = l.length < 160 && cues.matchText(BoilerplateCues.Kind.CHROME_TEXT, l.lower()) != null;
            l.byline = l.length <= 2 * 100 && TextShape.isBylineOnly(l.lower(), cues);
            l.date = l.length <= 2 * 100 && TextShape.isDateLine(l.lower(), cues);
            l.board = isBoardLine(l);
            l.caption = isCaption(l);
            l.polite = endsPolite(l.text);
        }
    }

    private static boolean endsTruncated(String text) {
        return text.endsWith("...") || text.endsWith("…") || text.endsWith("..");
    }

    /** Polite endings without a full stop are UI messages ("URL이 복사됐습니다", "로그인하세요"). */
    private static boolean endsPolite(String text) {
        return text.endsWith("니다") || text.endsWith("세요") || text.endsWith("십시오") || text.endsWith("요");
    }

    /** A line of a headline board: "10521 [단독] 제목 … 뉴스사이트 2025.03.02", "1 제목", "제목 03-02". */
    private static boolean isBoardLine(Line l) {
        String t = l.text;
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        boolean numbered = i > 0 && i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '.' && i + 1 < t.length()
            && t.charAt(i + 1) == ' ') && !l.sentence;
        boolean datedEnd = endsWithDate(t) && !l.sentence && l.length < 200 && l.words >= 2;
        return numbered || datedEnd;
    }

    private static boolean endsWithDate(String t) {
        int n = t.length();
        int digits = 0;
        int seps = 0;
        int i = n - 1;
        while (i >= 0 && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == '-'
            || t.charAt(i) == ':' || t.charAt(i) == '/' || t.charAt(i) == ' ')) {
            if (Character.isDigit(t.charAt(i))) {
                digits++;
            } else if (t.charAt(i) != ' ') {
                seps++;
            }
            i--;
        }
        return digits >= 4 && seps >= 1 && i > 0;
    }

    private boolean isCaption(Line l) {
        if (l.length > 300) {
            return false;
        }
        if (cues.matchText(BoilerplateCues.Kind.CAPTION_TEXT, l.lower()) != null) {
            return true;
        }
        // "... 식히고 있다. 김영희 기자" or "... 있다. AP 연합뉴스": a sentence, then the photographer or agency
        int stop = l.text.lastIndexOf(". ");
        if (stop > 0 && l.length - stop <= 30) {
            String tail = l.lower().substring(stop + 2).strip();
            if (TextShape.words(tail) <= 4 && !TextShape.endsSentence(tail) && (TextShape.isBylineOnly(tail, cues)
                || cues.matchText(BoilerplateCues.Kind.CREDIT_TEXT, tail) != null)) {
                return true;
            }
        }
        // "... 걷고 있다. /뉴스사" or "... [사진 제공=...]": a credit at the end
        int slash = l.text.lastIndexOf('/');
        if (slash > 0 && l.text.length() - slash <= 12 && slash > l.length / 2) {
            String credit = l.text.substring(slash + 1).strip();
            return !credit.isEmpty() && credit.indexOf(' ') < 0 && !credit.chars().allMatch(Character::isDigit)
                && TextShape.isHangul(credit);
        }
        return false;
    }

    /** Lines of the body: the maximum-sum stretch of per-line prose scores. */
    private static int[] bodyRange(List<Line> lines) {
        double best = 0;
        double sum = 0;
        int start = 0;
        int[] range = null;
        for (int i = 0; i < lines.size(); i++) {
            double s = score(lines.get(i));
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += s;
            if (sum > best) {
                best = sum;
                range = new int[] {start, i};
            }
        }
        if (range == null) {
            return null;
        }
        // Trim non-prose lines off both ends (captions right before the body are handled with the title).
        while (range[0] < range[1] && !isProse(lines.get(range[0]))) {
            range[0]++;
        }
        while (range[1] > range[0] && !isProse(lines.get(range[1])) && !lines.get(range[1]).caption) {
            range[1]--;
        }
        return range;
    }

    private static boolean isProse(Line l) {
        return !l.junk() && !l.repeated && (l.sentence && l.length >= 20 || l.length >= 80 && !l.truncated);
    }

    private static double score(Line l) {
        if (l.copyright) {
            return -30;
        }
        if (l.board || l.repeated) {
            return -4;
        }
        if (l.chrome || l.byline || l.date) {
            // Links and labels ("▶ 관련기사 ...") sit inside bodies too: cheap to step over.
            return -1.5;
        }
        if (l.sentence && l.length >= 20) {
            return 2 + Math.min(l.length, 400) / 25.0;
        }
        if (l.length >= 80 && !l.truncated) {
            return 1 + Math.min(l.length, 400) / 50.0;
        }
        if (l.caption) {
            return 0.5;
        }
        return l.length < 15 ? -1.5 : -1;
    }

    private static void classifyInBody(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.junk()) {
            return;
        }
        if (l.caption) {
            l.kind = "caption";
        } else if (isProse(l)) {
            l.kind = "body";
        } else if (l.sentence && l.length >= 8) {
            l.kind = "body";
        } else if (isHeadlineLike(l) && l.length >= 6 && !l.repeated) {
            l.kind = "subtitle";
        }
    }

    /** Headline-like: a phrase of some words, not a sentence, not a UI message, list item or date. */
    private static boolean isHeadlineLike(Line l) {
        return !l.junk() && !l.sentence && !l.polite && !l.truncated && l.length <= 200 && l.words >= 2;
    }

    /** The title: the headline-like line before the body that dates and bylines sit next to. */
    private static int findTitle(List<Line> lines, int bodyStart) {
        int from = Math.max(0, bodyStart - 30);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = from; i < bodyStart; i++) {
            Line l = lines.get(i);
            if (!isHeadlineLike(l) && !(l.text.endsWith("?") || l.text.endsWith("…") || l.text.endsWith("!"))
                || l.junk() || l.length < 8 || l.caption) {
                continue;
            }
            double score = Math.min(l.length, 80) / 10.0 - (bodyStart - i) / 6.0;
            if (near(lines, i + 1, Math.min(bodyStart, i + 5))) {
                score += 10;
            }
            if (nextToBody(lines, i, bodyStart)) {
                score += 10;
            }
            if (near(lines, Math.max(0, i - 3), i)) {
                score += 3;
            }
            if (l.words < 3) {
                score -= 3;
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        // A title comes before its subtitles: walk back over the run of headline-like lines it ends.
        while (best > from && isTitleCandidate(lines.get(best - 1))) {
            best--;
        }
        return best;
    }

    private static boolean isTitleCandidate(Line l) {
        return isHeadlineLike(l) && !l.caption && !l.repeated && l.length >= 8 && l.words >= 2;
    }

    /** Only chrome (dates, bylines, buttons) between the line and the body. */
    private static boolean nextToBody(List<Line> lines, int i, int bodyStart) {
        for (int k = i + 1; k < bodyStart; k++) {
            Line l = lines.get(k);
            if (!l.junk() && l.length >= 8 || l.caption) {
                return false;
            }
        }
        return true;
    }

    private static boolean near(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i).date || lines.get(i).byline) {
                return true;
            }
        }
        return false;
    }

    private PageMetadata metadata(List<Line> lines, int title, int[] body) {
        String titleText = title >= 0 ? lines.get(title).text : null;
        String published = null;
        String author = null;
        String publisher = null;
        int from = Math.max(0, title >= 0 ? title : body == null ? 0 : body[0] - 10);
        int to = body == null ? lines.size() : Math.min(lines.size(), body[1] + 6);
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (published == null && l.date) {
                published = Timestamps.toIso(l.text);
            }
            if (author == null && l.byline) {
                author = bylineName(l.text);
            }
            if (publisher == null && l.copyright) {
                publisher = publisherOf(l.text);
            }
        }
        return new PageMetadata(titleText, publisher, published, author, null);
    }

    /** "홍길동 기자 hong@example.com" → 홍길동; "By Jane Doe" → Jane Doe. */
    private String bylineName(String line) {
        String s = BYLINE_PUNCTUATION.matcher(EMAIL.matcher(line).replaceAll(" ")).replaceAll(" ").strip();
        for (BoilerplateCues.Cue cue : cues.get(BoilerplateCues.Kind.BYLINE_TEXT)) {
            String t = cue.text();
            int at = s.indexOf(t);
            if (TextShape.isHangul(t) && at > 0) {
                String before = s.substring(0, at).strip();
                int space = before.lastIndexOf(' ');
                String name = space >= 0 ? before.substring(space + 1) : before;
                return name.isEmpty() ? null : name;
            }
            if (!TextShape.isHangul(t) && s.toLowerCase(Locale.ROOT).startsWith(t + " ")) {
                return s.substring(t.length()).strip();
            }
        }
        return null;
    }

    /** The name after a copyright sign: "ⓒ 한국신문, 무단전재 금지" → 한국신문. */
    private static String publisherOf(String line) {
        String s = line.replace("Copyright", " ").replace("copyright", " ").replace("저작권자", " ");
        int at = Math.max(s.indexOf('ⓒ'), s.indexOf('©'));
        if (at < 0) {
            return null;
        }
        String rest = COPYRIGHT_LEAD.matcher(s.substring(at + 1)).replaceAll("").strip();
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '.')) {
            end++;
        }
        String name = rest.substring(0, end);
        return name.isEmpty() || name.equalsIgnoreCase("all") ? null : name;
    }
}
