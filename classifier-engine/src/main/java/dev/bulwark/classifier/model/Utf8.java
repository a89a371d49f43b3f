package dev.bulwark.classifier.model;

import java.util.Arrays;

/**
 * The UTF-8 bytes of a text with the byte and UTF-16 offset of each code point, so that an n-gram
 * of code points is a slice of one byte array. Unpaired surrogates encode as {@code '?'}, as
 * {@link String#getBytes} does.
 */
final class Utf8 {

    private final byte[] bytes;
    private final int[] byteOffsets;
    private final int[] charOffsets;
    private final int codePoints;

    private Utf8(byte[] bytes, int[] byteOffsets, int[] charOffsets, int codePoints) {
        this.bytes = bytes;
        this.byteOffsets = byteOffsets;
        this.charOffsets = charOffsets;
        this.codePoints = codePoints;
    }

    /** Encodes the first {@code maxChars} UTF-16 units of {@code text}, never splitting a pair. */
    static Utf8 of(String text, int maxChars) {
        int limit = Math.min(text.length(), maxChars);
        if (limit > 0 && limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
            limit--;
        }
        byte[] bytes = new byte[limit * 3];
        int[] byteOffsets = new int[limit + 1];
        int[] charOffsets = new int[limit + 1];
        int b = 0;
        int count = 0;
        int i = 0;
        while (i < limit) {
            byteOffsets[count] = b;
            charOffsets[count] = i;
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                bytes[b++] = (byte) cp;
            } else if (cp < 0x800) {
                bytes[b++] = (byte) (0xC0 | cp >> 6);
                bytes[b++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate((char) cp)) {
                bytes[b++] = '?';
            } else if (cp < 0x10000) {
                bytes[b++] = (byte) (0xE0 | cp >> 12);
                bytes[b++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[b++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[b++] = (byte) (0xF0 | cp >> 18);
                bytes[b++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[b++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[b++] = (byte) (0x80 | cp & 0x3F);
            }
            i += Character.charCount(cp);
            count++;
        }
        byteOffsets[count] = b;
        charOffsets[count] = i;
        return new Utf8(bytes, Arrays.copyOf(byteOffsets, count + 1), Arrays.copyOf(charOffsets, count + 1), count);
    }

    byte[] bytes() {
        return bytes;
    }

    int codePoints() {
        return codePoints;
    }

    /** Byte offset of code point {@code index}; {@code index == codePoints()} gives the end. */
    int byteOffset(int index) {
        return byteOffsets[index];
    }

    /** UTF-16 offset of code point {@code index}; {@code index == codePoints()} gives the end. */
    int charOffset(int index) {
        return charOffsets[index];
    }
}
