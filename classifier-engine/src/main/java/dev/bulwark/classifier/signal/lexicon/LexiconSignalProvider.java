package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches per-category lexicons on word boundaries of the normalised text. One signal per matched
 * term (id {@code lexicon:<category>:<term>}), however often it occurs, with every occurrence as
 * evidence.
 */
public final class LexiconSignalProvider implements SignalProvider {

    /** A term together with the category whose lexicon lists it. */
    private record CategoryTerm(String category, LexiconTerm term) {}

    private final String version;
    private final List<CategoryTerm> terms = new ArrayList<>();
    private final TermScanner<CategoryTerm> scanner = new TermScanner<>();
    private final AllowList allowList;

    public LexiconSignalProvider(String version, List<Lexicon> lexicons, AllowList allowList) {
        this.version = version;
        this.allowList = allowList;
        for (Lexicon lexicon : lexicons) {
            for (LexiconTerm term : lexicon.terms()) {
                CategoryTerm entry = new CategoryTerm(lexicon.category(), term);
                terms.add(entry);
                scanner.add(entry, term);
            }
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Signal> detect(NormalizedText text) {
        List<int[]> allowed = allowList.coveredRanges(text);
        Map<CategoryTerm, List<Span>> evidence = new HashMap<>();
        Map<CategoryTerm, Integer> lastEnd = new HashMap<>();
        scanner.scan(text, (entry, start, end) -> {
            // Matches of one term never overlap: "ha ha ha" holds "ha ha" once.
            if (start >= lastEnd.getOrDefault(entry, 0) && !AllowList.covers(allowed, start, end)) {
                evidence.computeIfAbsent(entry, e -> new ArrayList<>()).add(text.originalSpan(start, end));
                lastEnd.put(entry, end);
            }
        });
        List<Signal> signals = new ArrayList<>();
        for (CategoryTerm entry : terms) {
            List<Span> spans = evidence.get(entry);
            if (spans != null) {
                String id = "lexicon:" + entry.category() + ":" + entry.term().term();
                signals.add(new Signal(id, entry.category(), entry.term().weight(), spans));
            }
        }
        return signals;
    }
}
