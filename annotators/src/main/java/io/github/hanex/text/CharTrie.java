package io.github.hanex.text;

/**
 * A character trie, for the name and place gazetteers and the word classes. It lets an annotator look words up at
 * any position of a text, walking one character at a time and stopping where no word continues, without cutting the
 * text into substrings (which cost most of the lookups' time). A node with few children keeps them in a short list; one with many (the root has a child for
 * nearly every syllable that begins a word) in an open-addressing hash table.
 *
 * @param <V> what a node that ends a word holds
 */
public final class CharTrie<V> {

    /** Up to this many children are searched one by one. */
    private static final int LIST_SIZE = 8;

    private char[] keys = new char[0];
    private CharTrie<V>[] children = newArray(0);
    private int size;
    /** Whether the children are in a hash table (capacity a power of two, free slots hold null). */
    private boolean hashed;
    private V value;

    @SuppressWarnings("unchecked")
    private static <V> CharTrie<V>[] newArray(int n) {
        return (CharTrie<V>[]) new CharTrie<?>[n];
    }

    /** The node after character {@code c}, or null when no word continues with it. */
    public CharTrie<V> next(char c) {
        if (hashed) {
            int mask = keys.length - 1;
            for (int i = slot(c, mask); children[i] != null; i = (i + 1) & mask) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == c) {
                return children[i];
            }
        }
        return null;
    }

    /** The value of the word that ends at this node, or null. */
    public V value() {
        return value;
    }

    public void setValue(V value) {
        this.value = value;
    }

    /** The node of a word, made if missing (the word is read forwards, or backwards when {@code reversed}). */
    public CharTrie<V> node(CharSequence word, boolean reversed) {
        CharTrie<V> node = this;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(reversed ? n - 1 - i : i);
            CharTrie<V> child = node.next(c);
            if (child == null) {
                child = new CharTrie<>();
                node.put(c, child);
            }
            node = child;
        }
        return node;
    }

    /** The node of the word {@code text[begin, end)}, or null when no word has that prefix. */
    public CharTrie<V> find(CharSequence text, int begin, int end) {
        CharTrie<V> node = this;
        for (int i = begin; i < end && node != null; i++) {
            node = node.next(text.charAt(i));
        }
        return node;
    }

    private void put(char c, CharTrie<V> child) {
        if (!hashed && size < LIST_SIZE) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, Math.max(2, size * 2));
                children = java.util.Arrays.copyOf(children, keys.length);
            }
            keys[size] = c;
            children[size] = child;
            size++;
            return;
        }
        if (!hashed || 2 * (size + 1) > keys.length) {
            rehash(Integer.highestOneBit(4 * (size + 1)));
        }
        insert(c, child);
        size++;
    }

    private void rehash(int capacity) {
        char[] oldKeys = keys;
        CharTrie<V>[] oldChildren = children;
        keys = new char[capacity];
        children = newArray(capacity);
        hashed = true;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldChildren[i] != null) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    private void insert(char c, CharTrie<V> child) {
        int mask = keys.length - 1;
        int i = slot(c, mask);
        while (children[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = c;
        children[i] = child;
    }

    /** Spreads neighbouring characters (Hangul syllables of one initial) over the table. */
    private static int slot(char c, int mask) {
        return (c * 0x9E3779B1 >>> 16) & mask;
    }
}
