package dev.bulwark.classifier.signal.spam;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shape-of-the-text spam tells on the original text: shouting (mostly capital letters), runs of
 * "!!!" and money amounts. Spam phrases ("free money", "click here") live in the spam lexicon.
 */
public final class SpamHeuristicsProvider implements SignalProvider {

    public static final String VERSION = "spam-heuristics@1";
    private static final String CATEGORY = "spam";
    private static final int MIN_LETTERS_FOR_SHOUTING = 12;
    private static final double SHOUTING_RATIO = 0.7;

    private static final Pattern EXCLAMATIONS = Pattern.compile("[!?¡]{3,}");
    private static final Pattern MONEY = Pattern.compile(
            "(?i)[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:k|m|million|billion))?"
                    + "|\\b\\d[\\d,.]*\\s?(?:k\\s)?(?:usd|eur|gbp|dollars|euros|bucks)\\b");

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<Signal> detect(NormalizedText normalized) {
        String text = normalized.original();
        List<Signal> signals = new ArrayList<>();
        shouting(text).ifPresent(signals::add);
        List<Span> exclamations = find(text, EXCLAMATIONS);
        if (!exclamations.isEmpty()) {
            signals.add(new Signal("spam:exclamations", CATEGORY, 0.2, exclamations));
        }
        List<Span> money = find(text, MONEY);
        if (!money.isEmpty()) {
            signals.add(new Signal("spam:money", CATEGORY, 0.3, money));
        }
        return signals;
    }

    /** Evidence of shouting is the whole stretch from the first to the last capital letter. */
    private static Optional<Signal> shouting(String text) {
        int letters = 0;
        int upper = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
        }
        if (letters < MIN_LETTERS_FOR_SHOUTING || (double) upper / letters < SHOUTING_RATIO) {
            return Optional.empty();
        }
        return Optional.of(new Signal("spam:shouting", CATEGORY, 0.3, List.of(new Span(first, last + 1))));
    }

    private static List<Span> find(String text, Pattern pattern) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
