package io.github.hanex.boilerplate;

import io.github.hanex.date.Timestamps;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The shape of a line of text: sentence endings, bylines, date lines, similarity. Language-neutral where it can. */
final class TextShape {

    private static final Set<String> DATE_WORDS = Set.of("am", "pm", "a.m", "p.m", "오전", "오후", "년", "월", "일",
        "시", "분", "초", "kst", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "et",
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
        "friday", "sat", "saturday", "sun", "sunday", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
        "화", "수", "목", "금", "토", "on", "at", "ago", "hours", "hour", "minutes", "min", "mins", "days", "day",
        "시간", "분전", "시간전", "전", "|", "·");
    private static final String[] SITE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " : ", " < ", " > ",
        " · ", " / ", " ｜ "};

    /** An e-mail address: dropped before asking whether a byline ends like a sentence. */
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    /** A clock time ("10:21") anywhere in a line. */
    private static final Pattern CLOCK = Pattern.compile(".*\\d{1,2}:\\d\\d.*");

    private TextShape() {
    }

    /** Ends like a sentence: final punctuation, possibly inside closing quotes or brackets. */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (SourceText.isSpace(text.charAt(i)) || isCloser(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '…' || c == '！' || c == '？' || c == ':';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '」' || c == '』'
            || c == '》' || c == '〉' || c == '»';
    }

    /** Number of white-space separated words. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = SourceText.isSpace(text.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** A line that only names authors: "By Jane Doe", "홍길동 기자 hong@example.com". Input lower-cased. */
    static boolean isBylineOnly(String lower, BoilerplateCues cues) {
        int n = lower.length();
        if (n == 0 || n > 100) {
            return false;
        }
        int words = words(lower);
        boolean email = lower.indexOf('@') > 0 && lower.indexOf('.', lower.indexOf('@')) > 0;
        if (email && words <= 8 && !endsSentence(EMAIL.matcher(lower).replaceAll(""))) {
            return true;
        }
        if (words > 8 || endsSentence(lower)) {
            return false;
        }
        for (BoilerplateCues.Cue cue : cues.get(BoilerplateCues.Kind.BYLINE_TEXT)) {
            String t = cue.text();
            if (isHangul(t)) {
                // "홍길동 기자", "(서울=뉴스) 홍길동 기자 =" but not a sentence that mentions a reporter
                int at = lower.indexOf(t);
                if (at > 0 && words <= 6) {
                    int after = at + t.length();
                    String rest = lower.substring(after).strip();
                    if (rest.isEmpty() || rest.startsWith("=") || rest.startsWith("·") || rest.startsWith(",")
                        || rest.contains("@")) {
                        return true;
                    }
                }
            } else if (lower.startsWith(t) && lower.length() > t.length() && lower.charAt(t.length()) == ' '
                && words <= 8 && words >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of page chrome by its cues: a label ({@code chrome-line}), a link or prompt ({@code chrome-start}),
     * a row of buttons ({@code ui-word}), a menu or breadcrumb, a photo credit. Input trimmed and lower-cased.
     */
    static boolean isChromeByCues(String lower, BoilerplateCues cues) {
        int n = lower.length();
        if (n == 0 || n > 160) {
            return false;
        }
        if (cues.matchLine(BoilerplateCues.Kind.CHROME_LINE, lower) != null) {
            return true;
        }
        if ((n < 60 || !endsSentence(lower)) && cues.matchStart(BoilerplateCues.Kind.CHROME_START, lower) != null) {
            return true;
        }
        return n <= 80 && (cues.isUiRow(lower) || isMenu(lower) || isCredit(lower, cues));
    }

    /**
     * A menu or breadcrumb: items split by {@code |}, {@code >} or {@code ·} that are all short ("홈 > 산업",
     * "정치 | 경제 | 사회"), or six or more short words without any punctuation, digits, particles or predicate endings.
     */
    static boolean isMenu(String lower) {
        int parts = 1;
        int longest = 0;
        int part = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean spaced = i > 0 && lower.charAt(i - 1) == ' '
                || i + 1 < lower.length() && lower.charAt(i + 1) == ' ';
            if (c == '|' || c == '>' || c == '›' || c == '»' || c == '｜' || c == '·' && spaced) {
                parts++;
                longest = Math.max(longest, part);
                part = 0;
            } else if (c != ' ') {
                part++;
            }
        }
        longest = Math.max(longest, part);
        if (parts > 1) {
            return longest <= (parts >= 4 ? 12 : 8) && !endsSentence(lower);
        }
        int words = 0;
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) != ' ') {
                continue;
            }
            if (i > start) {
                words++;
                int len = i - start;
                char last = lower.charAt(i - 1);
                if (len > 6 || "다요에을를은는의로와과도".indexOf(last) >= 0) {
                    return false;
                }
                for (int k = start; k < i; k++) {
                    char c = lower.charAt(k);
                    if (!Character.isLetter(c) && c != '&') {
                        return false;
                    }
                }
            }
            start = i + 1;
        }
        return words >= 6;
    }

    /** A photo credit on its own: "Getty Images", "Photo: Jane Doe/Reuters", "[사진=연합뉴스]". */
    static boolean isCredit(String lower, BoilerplateCues cues) {
        if (lower.length() > 60 || words(lower) > 6 || endsSentence(lower) && !lower.endsWith(":")) {
            return false;
        }
        BoilerplateCues.Cue cue = cues.matchText(BoilerplateCues.Kind.CREDIT_TEXT, lower);
        if (cue == null) {
            return false;
        }
        // Little besides the credit: a name or a label, not a caption that names an agency at its end.
        int at = lower.indexOf(cue.text());
        return words(lower.substring(0, at) + ' ' + lower.substring(at + cue.text().length())) <= 3;
    }

    /** A line that is a date or time with at most a label around it. Input lower-cased. */
    static boolean isDateLine(String lower, BoilerplateCues cues) {
        if (lower.length() > 100) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                digits++;
            }
        }
        if (digits < 4 || Timestamps.toIso(lower) == null && !hasClock(lower)) {
            return false;
        }
        int leftover = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '.' && word.length() > 0) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                if (w.endsWith(".")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (!DATE_WORDS.contains(w) && cues.matchLine(BoilerplateCues.Kind.DATE_LABEL, w) == null) {
                    leftover += w.length();
                }
                word.setLength(0);
            }
        }
        return leftover <= 4;
    }

    private static boolean hasClock(String lower) {
        return lower.indexOf(':') >= 0 && CLOCK.matcher(lower).matches();
    }

    static boolean isHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: for comparing titles. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** Whether {@code fold(text)} equals {@code folded}, stopping at the first difference. */
    static boolean foldEquals(String text, String folded) {
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (k >= folded.length() || Character.toLowerCase(c) != folded.charAt(k)) {
                    return false;
                }
                k++;
            }
        }
        return k == folded.length();
    }

    /** Similarity of two folded strings in [0,1]: containment or character-bigram overlap. */
    static double similarity(String a, String b) {
        return new Reference(b).similarity(a);
    }

    /** A folded string that many others are compared with: its bigrams are sorted once. */
    static final class Reference {
        private final String b;
        private int[] grams;

        Reference(String folded) {
            this.b = folded;
        }

        /** {@link TextShape#similarity(String, String)} of {@code a} and this. */
        double similarity(String a) {
            if (a.isEmpty() || b.isEmpty()) {
                return 0;
            }
            if (a.equals(b)) {
                return 1;
            }
            String shorter = a.length() <= b.length() ? a : b;
            String longer = shorter == a ? b : a;
            if (longer.contains(shorter)) {
                return 0.5 + 0.5 * shorter.length() / longer.length();
            }
            if (a.length() < 2 || b.length() < 2) {
                return 0;
            }
            if (grams == null) {
                grams = bigrams(b);
            }
            return bigramOverlap(bigrams(a), grams, a.length(), b.length());
        }
    }

    private static double bigramOverlap(int[] gramsA, int[] gramsB, int lengthA, int lengthB) {
        // Shared bigrams, each counted as often as it occurs in both: a merge of the two sorted bigram lists.
        int common = 0;
        for (int i = 0, j = 0; i < gramsA.length && j < gramsB.length; ) {
            if (gramsA[i] == gramsB[j]) {
                common++;
                i++;
                j++;
            } else if (gramsA[i] < gramsB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (lengthA - 1 + lengthB - 1);
    }

    /** The character bigrams of {@code s} as sorted numbers. */
    private static int[] bigrams(String s) {
        int[] grams = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            grams[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }

    /** The part of a page title without the site name ("Headline | Site"): {@code [begin, end)}. */
    static int[] withoutSiteName(String title) {
        int begin = 0;
        int end = title.length();
        for (String sep : SITE_SEPARATORS) {
            int at = title.indexOf(sep);
            if (at < 0) {
                continue;
            }
            // Keep the longest part between separators of this kind.
            int bestB = 0;
            int bestE = 0;
            int from = 0;
            while (true) {
                int next = title.indexOf(sep, from);
                int partEnd = next < 0 ? title.length() : next;
                if (partEnd - from > bestE - bestB) {
                    bestB = from;
                    bestE = partEnd;
                }
                if (next < 0) {
                    break;
                }
                from = next + sep.length();
            }
            begin = bestB;
            end = bestE;
            break;
        }
        return new int[] {begin, end};
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
