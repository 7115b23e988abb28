package io.github.hanex.ner;

import io.github.hanex.resource.RuleFileReader;
import io.github.hanex.text.CharTrie;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word classes from {@code *.words.tsv} files: {@code word<TAB>CLASS[<TAB>value]}. A word may be in several
 * classes; the optional value is class-specific (for SURNAME, the Hangul reading of a Hanja surname).
 * <p>
 * Every class has an int id (the {@link KnownClass}es first, then the other declared classes) so that units keep
 * their classes as bits. Words are also kept in two character tries, read forwards and backwards, so that words at
 * the start or end of any stretch of a text are found without cutting substrings out of it.
 */
public final class WordClasses {

    /** One word in one class, with the rule id of its line. */
    public record Entry(String word, String wordClass, String value, String rule) {
    }

    /** One word: its entries by class and the ids of its classes. */
    static final class Word {
        private final Map<String, Entry> entries = new HashMap<>();
        private final BitSet classes = new BitSet();

        boolean in(int classId) {
            return classId >= 0 && classes.get(classId);
        }

        boolean in(KnownClass wordClass) {
            return classes.get(wordClass.id);
        }

        BitSet classes() {
            return classes;
        }

        Entry entry(String wordClass) {
            return entries.get(wordClass);
        }
    }

    /** The words that end a stretch of text and are shorter than it, shortest first (see {@link #suffixes}). */
    static final class Suffixes {
        private final Word[] words;
        private final int[] lengths;
        private int count;

        private Suffixes(int capacity) {
            words = new Word[capacity];
            lengths = new int[capacity];
        }

        /** The length of the longest of the words that is in the class; 0 if none. */
        int longest(KnownClass wordClass) {
            for (int i = count - 1; i >= 0; i--) {
                if (words[i].in(wordClass)) {
                    return lengths[i];
                }
            }
            return 0;
        }
    }

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, Word> byWord = new HashMap<>();
    private final CharTrie<Word> forward = new CharTrie<>();
    private final CharTrie<Word> backward = new CharTrie<>();
    private final Set<String> classes = new HashSet<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int longestWord;

    public WordClasses() {
        for (KnownClass c : KnownClass.values()) {
            ids.put(c.name(), c.id);
            names.add(c.name());
        }
    }

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
            Word word = byWord.get(f[0]);
            if (word == null) {
                word = new Word();
                byWord.put(f[0], word);
                forward.node(f[0], false).setValue(word);
                backward.node(f[0], true).setValue(word);
                longestWord = Math.max(longestWord, f[0].length());
            }
            word.entries.put(f[1], new Entry(f[0], f[1], value, line.ruleId()));
            word.classes.set(ids.computeIfAbsent(f[1], name -> {
                names.add(name);
                return names.size() - 1;
            }));
            classes.add(f[1]);
        }
    }

    /** Whether a word is in a class. */
    public boolean is(String word, String wordClass) {
        Word w = byWord.get(word);
        return w != null && w.in(classId(wordClass));
    }

    /** The entry of a word in a class, or null. */
    public Entry get(String word, String wordClass) {
        Word w = byWord.get(word);
        return w == null ? null : w.entries.get(wordClass);
    }

    /** The classes a word is in (empty when none). */
    public Set<String> classesOf(String word) {
        Word w = byWord.get(word);
        return w == null ? Set.of() : w.entries.keySet();
    }

    /** The classes declared by the loaded files. */
    public Set<String> declaredClasses() {
        return classes;
    }

    /** The longest suffix of {@code text} (shorter than the text) that is a word of the class; 0 if none. */
    public int longestSuffix(String text, String wordClass) {
        return longestSuffix(text, 0, text.length(), classId(wordClass));
    }

    /** Whether {@code text} is a concatenation of at most {@code max} words of the class. */
    public boolean isSequenceOf(String text, String wordClass, int max) {
        return isSequenceOf(text, 0, text.length(), classId(wordClass), max);
    }

    /** The id of a class, or -1 when no file declares it and it is no {@link KnownClass}. */
    int classId(String wordClass) {
        Integer id = ids.get(wordClass);
        return id == null ? -1 : id;
    }

    /** How many class ids there are (ids are below this). */
    int classCount() {
        return names.size();
    }

    /** The name of a class id. */
    String className(int id) {
        return names.get(id);
    }

    /** A word, or null when it is in no class. */
    Word word(String word) {
        return byWord.get(word);
    }

    /** The word {@code text[begin, end)}, or null when it is in no class. */
    Word word(CharSequence text, int begin, int end) {
        CharTrie<Word> node = forward.find(text, begin, end);
        return node == null ? null : node.value();
    }

    /** Whether {@code text[begin, end)} is a word of the class. */
    boolean is(CharSequence text, int begin, int end, KnownClass wordClass) {
        Word w = word(text, begin, end);
        return w != null && w.in(wordClass);
    }

    /** The longest suffix of {@code text[begin, end)}, shorter than it, that is a word of the class; 0 if none. */
    int longestSuffix(CharSequence text, int begin, int end, int classId) {
        int longest = 0;
        CharTrie<Word> node = backward;
        for (int i = end - 1; i > begin; i--) {
            node = node.next(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value() != null && node.value().in(classId)) {
                longest = end - i;
            }
        }
        return longest;
    }

    /**
     * The words that end {@code text[begin, end)} and are shorter than it, found in one walk: the same as
     * {@link #longestSuffix} for each class, when a stem is asked about several.
     */
    Suffixes suffixes(CharSequence text, int begin, int end) {
        Suffixes suffixes = new Suffixes(longestWord);
        CharTrie<Word> node = backward;
        for (int i = end - 1; i > begin; i--) {
            node = node.next(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.value() != null) {
                suffixes.words[suffixes.count] = node.value();
                suffixes.lengths[suffixes.count] = end - i;
                suffixes.count++;
            }
        }
        return suffixes;
    }

    /** Whether {@code text[begin, end)} is a concatenation of at most {@code max} words of the class. */
    boolean isSequenceOf(CharSequence text, int begin, int end, int classId, int max) {
        if (begin >= end) {
            return true;
        }
        if (max == 0) {
            return false;
        }
        CharTrie<Word> node = forward;
        for (int i = begin; i < end; i++) {
            node = node.next(text.charAt(i));
            if (node == null) {
                return false;
            }
            if (node.value() != null && node.value().in(classId) && isSequenceOf(text, i + 1, end, classId, max - 1)) {
                return true;
            }
        }
        return false;
    }

    boolean isSequenceOf(CharSequence text, int begin, int end, KnownClass wordClass, int max) {
        return isSequenceOf(text, begin, end, wordClass.id, max);
    }
}
