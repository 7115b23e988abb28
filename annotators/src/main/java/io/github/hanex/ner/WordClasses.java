package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word classes from {@code *.words.tsv} files: {@code word<TAB>CLASS[<TAB>value]}. A word may be in several
 * classes; the optional value is class-specific (for SURNAME, the Hangul reading of a Hanja surname).
 */
public final class WordClasses {

    /** One word in one class, with the rule id of its line. */
    public record Entry(String word, String wordClass, String value, String rule) {
    }

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, Map<String, Entry>> byWord = new HashMap<>();
    private final Map<String, Integer> longestByClass = new HashMap<>();
    private final Set<String> classes = new HashSet<>();

    /** Adds the lines of one word-class file; a later line for the same word and class replaces the earlier. */
    void add(List<RuleFileReader.Line> lines) {
        for (RuleFileReader.Line line : lines) {
            String[] f = line.fields(2, "word<TAB>CLASS[<TAB>value]");
            if (f.length > 3) {
                throw line.error("expected word<TAB>CLASS[<TAB>value], got " + f.length + " fields");
            }
            if (!CLASS_NAME.matcher(f[1]).matches()) {
                throw line.error("class names are upper case letters, digits and _: '" + f[1] + "'");
            }
            if (Builtins.CLASSES.contains(f[1])) {
                throw line.error("'" + f[1] + "' is a built-in class and cannot be listed");
            }
            String value = f.length > 2 && !f[2].isEmpty() ? f[2] : null;
            Entry entry = new Entry(f[0], f[1], value, line.ruleId());
            byWord.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], entry);
            longestByClass.merge(f[1], f[0].length(), Math::max);
            classes.add(f[1]);
        }
    }

    /** Whether a word is in a class. */
    public boolean is(String word, String wordClass) {
        Map<String, Entry> entries = byWord.get(word);
        return entries != null && entries.containsKey(wordClass);
    }

    /** The entry of a word in a class, or null. */
    public Entry get(String word, String wordClass) {
        Map<String, Entry> entries = byWord.get(word);
        return entries == null ? null : entries.get(wordClass);
    }

    /** The classes a word is in (empty when none). */
    public Set<String> classesOf(String word) {
        Map<String, Entry> entries = byWord.get(word);
        return entries == null ? Set.of() : entries.keySet();
    }

    /** The classes declared by the loaded files. */
    public Set<String> declaredClasses() {
        return classes;
    }

    /** The longest suffix of {@code text} (shorter than the text) that is a word of the class; 0 if none. */
    public int longestSuffix(String text, String wordClass) {
        int max = Math.min(text.length() - 1, longestByClass.getOrDefault(wordClass, 0));
        for (int len = max; len >= 1; len--) {
            if (is(text.substring(text.length() - len), wordClass)) {
                return len;
            }
        }
        return 0;
    }

    /** Whether {@code text} is a concatenation of at most {@code max} words of the class. */
    public boolean isSequenceOf(String text, String wordClass, int max) {
        if (text.isEmpty()) {
            return true;
        }
        if (max == 0) {
            return false;
        }
        int longest = Math.min(text.length(), longestByClass.getOrDefault(wordClass, 0));
        for (int len = longest; len >= 1; len--) {
            if (is(text.substring(0, len), wordClass) && isSequenceOf(text.substring(len), wordClass, max - 1)) {
                return true;
            }
        }
        return false;
    }
}
