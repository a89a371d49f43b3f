package dev.bulwark.classifier.signal.pii;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in the original text: e-mail addresses, phone numbers, payment cards (Luhn),
 * IBANs (mod 97) and IPv4 addresses. Order numbers and ISBNs are not phone or card numbers.
 */
public final class PiiSignalProvider implements SignalProvider {

    public static final String VERSION = "pii-rules@1";
    private static final String CATEGORY = "pii";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    /** E.164 with optional separators, or a national number that starts with 0 or has NANP shape. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+#-])(?:\\+\\d(?:[ .\\-]?\\(?\\d\\)?){7,14}"
                    + "|\\(?0\\d{1,4}\\)?(?:[ ./\\-]?\\d){6,10}"
                    + "|\\(?[2-9]\\d{2}\\)?[ .\\-]\\d{3}[ .\\-]\\d{4})(?![\\w-])");
    private static final Pattern CARD = Pattern.compile("(?<![\\w#-])\\d(?:[ \\-]?\\d){12,18}(?![\\w-])");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![\\w])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?!\\w)");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?!\\w|\\.\\d)");
    /** The fewest ASCII digits any kind but e-mail holds (an IPv4 address has four, an IBAN more). */
    private static final int MIN_DIGITS = 4;
    /** Words that make the number after them a reference, not a phone or card number. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?i)(?:order|invoice|ticket|tracking|ref(?:erence)?|isbn(?:-1[03])?|case|no\\.?|number)\\s*[#:.]?\\s*$");

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<Signal> detect(NormalizedText normalized) {
        String text = normalized.original();
        List<Signal> signals = new ArrayList<>();
        if (text.indexOf('@') >= 0) {
            add(signals, "pii:email", 0.5, find(text, EMAIL, m -> true));
        }
        // Every other kind needs digits: most chat has too few to hold one, and skips the patterns.
        int digits = countDigits(text);
        if (digits < MIN_DIGITS) {
            return signals;
        }
        // Digits inside an IBAN or card number are not a phone number of their own.
        List<Span> ibans = find(text, IBAN, m -> Checksums.iban(compact(m.group()).toUpperCase(Locale.ROOT)));
        List<Span> cards = find(text, CARD, m -> isCard(text, m) && !overlaps(ibans, m));
        List<Span> phones = find(text, PHONE, m -> isPhone(text, m) && !overlaps(ibans, m) && !overlaps(cards, m));
        add(signals, "pii:phone", 0.5, phones);
        add(signals, "pii:payment-card", 0.8, cards);
        add(signals, "pii:iban", 0.8, ibans);
        add(signals, "pii:ipv4", 0.3, find(text, IPV4, m -> true));
        return signals;
    }

    private static int countDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits;
    }

    private static boolean isPhone(String text, Matcher m) {
        String digits = digitsOf(m.group());
        return digits.length() >= 8 && digits.length() <= 15 && !isReference(text, m) && !Checksums.isbn(digits);
    }

    private static boolean isCard(String text, Matcher m) {
        String digits = digitsOf(m.group());
        return hasCardPrefix(digits) && Checksums.luhn(digits) && !isReference(text, m) && !Checksums.isbn(digits);
    }

    /** Issuer prefixes of the major schemes; other digit runs that pass Luhn are too common to flag. */
    private static boolean hasCardPrefix(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int four = Integer.parseInt(digits.substring(0, 4));
        return digits.charAt(0) == '4'
                || (two >= 51 && two <= 55)
                || (four >= 2221 && four <= 2720)
                || two == 34 || two == 37
                || four == 6011 || two == 65
                || two == 35 || two == 36 || two == 38 || two == 30;
    }

    private static boolean isReference(String text, Matcher m) {
        int from = Math.max(0, m.start() - 24);
        return REFERENCE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    private static boolean overlaps(List<Span> spans, Matcher m) {
        return spans.stream().anyMatch(s -> s.start() < m.end() && m.start() < s.end());
    }

    private static List<Span> find(String text, Pattern pattern, Predicate<Matcher> accept) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (accept.test(m)) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    private static void add(List<Signal> signals, String id, double weight, List<Span> evidence) {
        if (!evidence.isEmpty()) {
            signals.add(new Signal(id, CATEGORY, weight, evidence));
        }
    }

    private static String digitsOf(String s) {
        return s.replaceAll("\\D", "");
    }

    private static String compact(String s) {
        return s.replace(" ", "");
    }
}
