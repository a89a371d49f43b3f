package dev.bulwark.classifier.signal.url;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in the original text: shortened links hide their target and count towards spam;
 * punycode hosts ({@code xn--}, or non-ASCII hosts that encode to it) are a homograph-phishing
 * tell and count towards fraud.
 */
public final class UrlSignalProvider implements SignalProvider {

    public static final String VERSION = "url-rules@1";

    private static final Set<String> SHORTENERS = Set.of(
            "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly",
            "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "s.id", "v.gd");
    /** A scheme or "www." link, or a bare host followed by a path. */
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@.-])(?:https?://|www\\.)[^\\s<>\"']+|(?<![\\w@./-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+/[^\\s<>\"']*");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    /** Every link the pattern finds has a dot and either a slash or "www."; most chat has neither. */
    private static boolean mayHoldLink(String text) {
        if (text.indexOf('.') < 0) {
            return false;
        }
        if (text.indexOf('/') >= 0) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<Signal> detect(NormalizedText normalized) {
        String text = normalized.original();
        if (!mayHoldLink(text)) {
            return List.of();
        }
        List<Span> shortened = new ArrayList<>();
        List<Span> punycode = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            Span span = new Span(m.start(), end);
            String host = hostOf(span.of(text));
            if (SHORTENERS.contains(host) || SHORTENERS.contains(stripWww(host))) {
                shortened.add(span);
            }
            if (isPunycode(host)) {
                punycode.add(span);
            }
        }
        List<Signal> signals = new ArrayList<>();
        if (!shortened.isEmpty()) {
            signals.add(new Signal("url:shortener", "spam", 0.5, shortened));
        }
        if (!punycode.isEmpty()) {
            signals.add(new Signal("url:punycode", "fraud", 0.4, punycode));
        }
        return signals;
    }

    static String hostOf(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        int at = rest.indexOf('@');
        int slash = indexOfAny(rest, "/?#");
        if (at >= 0 && (slash < 0 || at < slash)) {
            rest = rest.substring(at + 1);
        }
        int end = indexOfAny(rest, "/?#:");
        return (end < 0 ? rest : rest.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    private static boolean isPunycode(String host) {
        if (host.startsWith("xn--") || host.contains(".xn--")) {
            return true;
        }
        try {
            return IDN.toASCII(host).contains("xn--");
        } catch (IllegalArgumentException e) {
            // Not a valid IDN at all; whatever it is, it is not a punycode host.
            return false;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
