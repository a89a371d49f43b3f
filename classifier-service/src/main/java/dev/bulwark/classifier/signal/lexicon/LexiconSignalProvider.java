package dev.bulwark.classifier.signal.lexicon;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Matches per-category lexicons on word boundaries of the normalised text. One signal per matched
 * term (id {@code lexicon:<category>:<term>}), however often it occurs, with every occurrence as
 * evidence.
 */
public final class LexiconSignalProvider implements SignalProvider {

    private final String version;
    private final List<Lexicon> lexicons;
    private final AllowList allowList;

    public LexiconSignalProvider(String version, List<Lexicon> lexicons, AllowList allowList) {
        this.version = version;
        this.lexicons = List.copyOf(lexicons);
        this.allowList = allowList;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Signal> detect(NormalizedText text) {
        List<int[]> allowed = allowList.coveredRanges(text);
        List<Signal> signals = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            for (LexiconTerm term : lexicon.terms()) {
                List<Span> evidence = matches(text, term, allowed);
                if (!evidence.isEmpty()) {
                    String id = "lexicon:" + lexicon.category() + ":" + term.term();
                    signals.add(new Signal(id, lexicon.category(), term.weight(), evidence));
                }
            }
        }
        return signals;
    }

    private static List<Span> matches(NormalizedText text, LexiconTerm term, List<int[]> allowed) {
        List<Span> evidence = new ArrayList<>();
        Matcher m = term.pattern().matcher(text.text());
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            int end = m.end();
            boolean bounded = text.isBoundary(start) && (term.prefix() || text.isBoundary(end));
            if (bounded && !AllowList.covers(allowed, start, end)) {
                evidence.add(text.originalSpan(start, end));
                from = end;
            } else {
                from = start + 1;
            }
        }
        return evidence;
    }
}
