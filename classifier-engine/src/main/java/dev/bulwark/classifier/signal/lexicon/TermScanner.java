package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds many terms in one pass: at each word start of the normalised text it tries only the terms
 * that begin with the character found there, instead of running every term over the whole text.
 */
final class TermScanner<T> {

    /** Receives each match in text order. */
    interface MatchHandler<T> {
        void onMatch(T owner, int start, int end);
    }

    private record Entry<T>(int index, T owner, LexiconTerm term) {}

    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();
    private int size;

    void add(T owner, LexiconTerm term) {
        byFirstChar.computeIfAbsent(term.term().charAt(0), c -> new ArrayList<>()).add(new Entry<>(size++, owner, term));
    }

    void scan(NormalizedText text, MatchHandler<T> handler) {
        String s = text.text();
        Matcher[] matchers = new Matcher[size];
        for (int p = 0; p < s.length(); p++) {
            List<Entry<T>> candidates = byFirstChar.get(s.charAt(p));
            if (candidates == null || !text.isBoundary(p)) {
                continue;
            }
            for (Entry<T> entry : candidates) {
                Matcher m = matchers[entry.index()];
                if (m == null) {
                    m = entry.term().pattern().matcher(s);
                    matchers[entry.index()] = m;
                }
                m.region(p, s.length());
                if (m.lookingAt() && (entry.term().prefix() || text.isBoundary(m.end()))) {
                    handler.onMatch(entry.owner(), p, m.end());
                }
            }
        }
    }
}
