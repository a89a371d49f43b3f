package dev.bulwark.classifier.signal.pii;

import java.math.BigInteger;

/** Check-digit algorithms that tell real card numbers, IBANs and ISBNs from random digits. */
final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {}

    /** Luhn (mod 10) over a string of digits. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return digits.length() > 1 && sum % 10 == 0;
    }

    /** ISO 13616 mod-97 over an IBAN without spaces, upper case. */
    static boolean iban(String iban) {
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            if (Character.isDigit(c)) {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** ISBN-13 (EAN weights 1, 3) or ISBN-10 (weights 10..1, X for ten). */
    static boolean isbn(String digits) {
        if (digits.length() == 13 && (digits.startsWith("978") || digits.startsWith("979"))) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (digits.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                int value = c == 'X' || c == 'x' ? 10 : c - '0';
                sum += value * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }
}
