package io.github.hanex.ner;

import java.util.Arrays;

/**
 * A character trie whose nodes keep their children in sorted arrays. It lets the recognizer look words up at any
 * position of a text, walking one character at a time and stopping where no word continues, without cutting the
 * text into substrings (which cost most of the lookups' time).
 *
 * @param <V> what a node that ends a word holds
 */
final class CharTrie<V> {

    private static final char[] NO_KEYS = {};
    private static final CharTrie<?>[] NO_CHILDREN = {};

    private char[] keys = NO_KEYS;
    private CharTrie<V>[] children = noChildren();
    private V value;

    @SuppressWarnings("unchecked")
    private static <V> CharTrie<V>[] noChildren() {
        return (CharTrie<V>[]) NO_CHILDREN;
    }

    /** The node after character {@code c}, or null when no word continues with it. */
    CharTrie<V> next(char c) {
        int i = Arrays.binarySearch(keys, c);
        return i >= 0 ? children[i] : null;
    }

    /** The value of the word that ends at this node, or null. */
    V value() {
        return value;
    }

    /** The node of a word, made if missing (the word is read forwards, or backwards when {@code reversed}). */
    CharTrie<V> node(CharSequence word, boolean reversed) {
        CharTrie<V> node = this;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            node = node.child(word.charAt(reversed ? n - 1 - i : i));
        }
        return node;
    }

    void setValue(V value) {
        this.value = value;
    }

    /** The node of the word {@code text[begin, end)}, or null when no word has that prefix. */
    CharTrie<V> find(CharSequence text, int begin, int end) {
        CharTrie<V> node = this;
        for (int i = begin; i < end && node != null; i++) {
            node = node.next(text.charAt(i));
        }
        return node;
    }

    private CharTrie<V> child(char c) {
        int i = Arrays.binarySearch(keys, c);
        if (i >= 0) {
            return children[i];
        }
        int at = -i - 1;
        CharTrie<V> child = new CharTrie<>();
        char[] k = new char[keys.length + 1];
        System.arraycopy(keys, 0, k, 0, at);
        System.arraycopy(keys, at, k, at + 1, keys.length - at);
        k[at] = c;
        CharTrie<V>[] ch = Arrays.copyOf(children, children.length + 1);
        System.arraycopy(children, at, ch, at + 1, children.length - at);
        ch[at] = child;
        keys = k;
        children = ch;
        return child;
    }
}
