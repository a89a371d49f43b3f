package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds many terms in one pass over the normalised text. Terms are normalised like the text and
 * stored in a trie, so the cost of a text is its length times the depth the trie is followed from
 * each word start, whatever the number of terms. Terms that may start inside a word live in a
 * second trie, followed from every position.
 */
final class TermScanner<T> {

    /** Receives each match in text order of its start. */
    interface MatchHandler<T> {
        void onMatch(T owner, int start, int end);
    }

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private final TrieNode<T> wordStarts = new TrieNode<>();
    private final TrieNode<T> anywhere = new TrieNode<>();

    /** Adds {@code term} and returns its key: the normalised form two terms are equal by. */
    String add(T owner, LexiconTerm term) {
        String key = key(term.term());
        (term.openStart() ? anywhere : wordStarts).insert(key).addTerminal(owner, term.openEnd());
        return key;
    }

    /**
     * The term as the trie holds it: normalised like text, {@code ?} and inner {@code *} for any one
     * character, every run of other non-alphanumerics as one word separator.
     */
    static String key(String term) {
        String normalized = NORMALIZER.normalize(term).text();
        StringBuilder key = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '?' || c == '*') {
                key.append(TrieNode.ANY);
            } else if (Character.isLetterOrDigit(c)) {
                key.append(c);
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != TrieNode.SEPARATOR) {
                key.append(TrieNode.SEPARATOR);
            }
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == TrieNode.SEPARATOR) {
            end--;
        }
        return key.substring(0, end);
    }

    void scan(NormalizedText text, MatchHandler<T> handler) {
        String s = text.text();
        for (int p = 0; p < s.length(); p++) {
            char c = s.charAt(p);
            TrieNode<T> first = wordStarts.child(c);
            if (first != null && text.isBoundary(p)) {
                walk(text, p, first, p + 1, c, handler);
            }
            first = anywhere.child(c);
            if (first != null) {
                walk(text, p, first, p + 1, c, handler);
            }
        }
    }

    /**
     * Follows the trie from {@code node}, reached at text position {@code pos}. A letter of the term
     * may appear doubled in the text ({@code repeatable} is the letter that may repeat), as stretched
     * letters are collapsed to two; a separator of the term consumes any run of non-alphanumerics.
     */
    private void walk(NormalizedText text, int start, TrieNode<T> node, int pos, char repeatable, MatchHandler<T> handler) {
        String s = text.text();
        for (int i = 0; i < node.terminalCount(); i++) {
            if (node.terminalOpenEnd(i) || text.isBoundary(pos)) {
                handler.onMatch(node.terminalOwner(i), start, pos);
            }
        }
        if (pos >= s.length()) {
            return;
        }
        char c = s.charAt(pos);
        if (Character.isLetterOrDigit(c)) {
            TrieNode<T> next = node.child(c);
            if (next != null) {
                walk(text, start, next, pos + 1, Character.isLetter(c) ? c : 0, handler);
            }
            if (c == repeatable) {
                walk(text, start, node, pos + 1, (char) 0, handler);
            }
        } else {
            TrieNode<T> separated = node.child(TrieNode.SEPARATOR);
            if (separated != null) {
                int after = pos;
                while (after < s.length() && !Character.isLetterOrDigit(s.charAt(after))) {
                    after++;
                }
                if (after < s.length()) {
                    walk(text, start, separated, after, (char) 0, handler);
                }
            }
        }
        TrieNode<T> any = c == ' ' ? null : node.child(TrieNode.ANY);
        if (any != null) {
            walk(text, start, any, pos + 1, (char) 0, handler);
        }
    }
}
