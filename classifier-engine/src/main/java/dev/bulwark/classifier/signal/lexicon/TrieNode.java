package dev.bulwark.classifier.signal.lexicon;

import java.util.Arrays;

/**
 * A node of the term trie: children by character in small parallel arrays (most nodes have one or
 * two), a direct table for ASCII at nodes with many, and the terms that end here.
 */
final class TrieNode<T> {

    /** Key character for a word separator of a phrase. */
    static final char SEPARATOR = ' ';
    /** Key character for "any one character". */
    static final char ANY = '?';

    private static final int TABLE_THRESHOLD = 8;

    private char[] keys = new char[0];
    private TrieNode<T>[] children = newArray(0);
    private TrieNode<T>[] asciiTable;
    private Object[] owners = new Object[0];
    private boolean[] openEnds = new boolean[0];

    TrieNode<T> child(char c) {
        if (asciiTable != null && c < 0x80) {
            return asciiTable[c];
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == c) {
                return children[i];
            }
        }
        return null;
    }

    /** The node at the end of {@code key}, created as needed. */
    TrieNode<T> insert(String key) {
        TrieNode<T> node = this;
        for (int i = 0; i < key.length(); i++) {
            node = node.childOrNew(key.charAt(i));
        }
        return node;
    }

    void addTerminal(T owner, boolean openEnd) {
        owners = Arrays.copyOf(owners, owners.length + 1);
        openEnds = Arrays.copyOf(openEnds, openEnds.length + 1);
        owners[owners.length - 1] = owner;
        openEnds[openEnds.length - 1] = openEnd;
    }

    int terminalCount() {
        return owners.length;
    }

    @SuppressWarnings("unchecked")
    T terminalOwner(int i) {
        return (T) owners[i];
    }

    boolean terminalOpenEnd(int i) {
        return openEnds[i];
    }

    private TrieNode<T> childOrNew(char c) {
        TrieNode<T> existing = child(c);
        if (existing != null) {
            return existing;
        }
        TrieNode<T> created = new TrieNode<>();
        keys = Arrays.copyOf(keys, keys.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = created;
        if (keys.length >= TABLE_THRESHOLD) {
            buildAsciiTable();
        }
        return created;
    }

    /** Nodes near the root have dozens of children; a table keeps their look-up constant. */
    private void buildAsciiTable() {
        asciiTable = newArray(0x80);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] < 0x80) {
                asciiTable[keys[i]] = children[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> TrieNode<T>[] newArray(int size) {
        return (TrieNode<T>[]) new TrieNode<?>[size];
    }
}
