package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches per-category lexicons on word boundaries of the normalised text. A hand-written term
 * gives its own signal ({@code lexicon:<category>:<term>}); terms of an imported list give one
 * signal per category and source ({@code lexicon:hate:cuss/en}), combining the weights of the
 * distinct terms matched. Every occurrence is evidence. A term listed twice for a category counts
 * once (the first lexicon wins), and a match lying inside a longer match of the same category
 * ("ass" inside "asshole") does not count on its own.
 */
public final class LexiconSignalProvider implements SignalProvider {

    /** A term with the lexicon that lists it; the index orders signals like the lexicons. */
    private record Entry(int index, Lexicon lexicon, LexiconTerm term) {
        String signalId() {
            return "lexicon:" + lexicon.category() + ":" + (lexicon.imported() ? lexicon.source() : term.term());
        }
    }

    private record Match(Entry entry, int start, int end) {
        boolean within(Match other) {
            return other.start <= start && end <= other.end;
        }

        int length() {
            return end - start;
        }
    }

    private final String version;
    private final TermScanner<Entry> scanner = new TermScanner<>();
    private final AllowList allowList;
    private final List<String> termKeys = new ArrayList<>();

    public LexiconSignalProvider(String version, List<Lexicon> lexicons, AllowList allowList) {
        this.version = version;
        this.allowList = allowList;
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (Lexicon lexicon : lexicons) {
            for (LexiconTerm term : lexicon.terms()) {
                String key = TermScanner.key(term.term());
                String shape = (term.openStart() ? "*" : "") + key + (term.openEnd() ? "*" : "");
                if (seen.add(lexicon.category() + "\t" + shape)) {
                    scanner.add(new Entry(index++, lexicon, term), term);
                    termKeys.add(key);
                }
            }
        }
    }

    @Override
    public String version() {
        return version;
    }

    /** Number of distinct terms matched, after removing duplicates. */
    public int size() {
        return termKeys.size();
    }

    /** Every term as matched, normalised like the text. */
    List<String> termKeys() {
        return List.copyOf(termKeys);
    }

    @Override
    public List<Signal> detect(NormalizedText text) {
        List<Match> matches = new ArrayList<>();
        scanner.scan(text, (entry, start, end) -> add(matches, new Match(entry, start, end)));
        if (matches.isEmpty()) {
            return List.of();
        }
        List<int[]> allowed = allowList.coveredRanges(text);
        List<Match> counted = new ArrayList<>();
        for (Match match : matches) {
            if (!AllowList.covers(allowed, match.start(), match.end()) && !outweighed(match, matches, allowed)) {
                counted.add(match);
            }
        }
        return signals(text, counted);
    }

    /** Matches of one term never overlap ("ha ha ha" holds "ha ha" once); of two ends, the longer counts. */
    private static void add(List<Match> matches, Match match) {
        for (int i = matches.size() - 1; i >= 0; i--) {
            Match earlier = matches.get(i);
            if (earlier.entry() == match.entry() && match.start() < earlier.end()) {
                if (earlier.start() == match.start() && match.end() > earlier.end()) {
                    matches.set(i, match);
                }
                return;
            }
        }
        matches.add(match);
    }

    /** Whether a longer (or equally long and stronger) counted match of the same category holds this one. */
    private static boolean outweighed(Match match, List<Match> matches, List<int[]> allowed) {
        for (Match other : matches) {
            if (other == match || !other.entry().lexicon().category().equals(match.entry().lexicon().category())
                    || !match.within(other) || AllowList.covers(allowed, other.start(), other.end())) {
                continue;
            }
            if (other.length() > match.length() || stronger(other.entry(), match.entry())) {
                return true;
            }
        }
        return false;
    }

    private static boolean stronger(Entry a, Entry b) {
        double wa = a.term().weight();
        double wb = b.term().weight();
        return wa > wb || (wa == wb && a.index() < b.index());
    }

    private static List<Signal> signals(NormalizedText text, List<Match> counted) {
        counted.sort(Comparator.comparingInt((Match m) -> m.entry().index()).thenComparingInt(Match::start));
        Map<String, List<Match>> bySignal = new LinkedHashMap<>();
        for (Match match : counted) {
            bySignal.computeIfAbsent(match.entry().signalId(), id -> new ArrayList<>()).add(match);
        }
        List<Signal> signals = new ArrayList<>(bySignal.size());
        bySignal.forEach((id, group) -> {
            group.sort(Comparator.comparingInt(Match::start));
            Set<Entry> distinct = new LinkedHashSet<>();
            List<Span> evidence = new ArrayList<>(group.size());
            for (Match match : group) {
                distinct.add(match.entry());
                evidence.add(text.originalSpan(match.start(), match.end()));
            }
            signals.add(new Signal(id, group.get(0).entry().lexicon().category(), combinedWeight(distinct), evidence));
        });
        return signals;
    }

    /** Noisy-OR of the distinct terms' weights, as the category scorer combines signals. */
    private static double combinedWeight(Set<Entry> distinct) {
        if (distinct.size() == 1) {
            return distinct.iterator().next().term().weight();
        }
        double missed = 1;
        for (Entry entry : distinct) {
            missed *= 1 - entry.term().weight();
        }
        return 1 - missed;
    }
}
