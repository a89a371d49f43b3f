package dev.bulwark.classifier.tools.obfuscation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The disguises people use to slip a phrase past a filter. Each keeps the phrase readable to a person;
 * the random choices (which letters, which look-alike) come from the caller's seeded {@link Random}.
 */
public enum Obfuscation {

    PLAIN("plain") {
        @Override
        public String apply(String phrase, Random random) {
            return phrase;
        }
    },
    /** Digits and symbols for letters: "1d10t", "k!ll". */
    LEET("leet") {
        @Override
        public String apply(String phrase, Random random) {
            return substitute(phrase, LEET_SUBSTITUTES, 0.7, random);
        }
    },
    /** Cyrillic and Greek letters that look Latin: "іdіоt" with Cyrillic і and о. */
    HOMOGLYPH("homoglyph") {
        @Override
        public String apply(String phrase, Random random) {
            return substitute(phrase, HOMOGLYPHS, 0.5, random);
        }
    },
    /** Invisible characters between letters, so the word no longer matches but still renders. */
    ZERO_WIDTH("zero-width") {
        @Override
        public String apply(String phrase, Random random) {
            StringBuilder out = new StringBuilder();
            for (String word : phrase.split(" ", -1)) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(insertInvisibles(word, random));
            }
            return out.toString();
        }
    },
    /** Letters spaced out, words two spaces apart: "i d i o t". */
    SPACING("spacing") {
        @Override
        public String apply(String phrase, Random random) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.split(" ")) {
                words.add(String.join(" ", word.split("")));
            }
            return String.join("  ", words);
        }
    },
    /** A letter held down: "idiooooot". */
    STRETCHED("stretched") {
        @Override
        public String apply(String phrase, Random random) {
            String[] words = phrase.split(" ", -1);
            List<Integer> stretchable = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (letterCount(words[i]) >= 3) {
                    stretchable.add(i);
                }
            }
            boolean any = false;
            for (int i : stretchable) {
                if (random.nextDouble() < 0.6) {
                    words[i] = stretch(words[i], random);
                    any = true;
                }
            }
            if (!any && !stretchable.isEmpty()) {
                int i = stretchable.get(random.nextInt(stretchable.size()));
                words[i] = stretch(words[i], random);
            }
            return String.join(" ", words);
        }
    },
    /** Full-width forms of ASCII (U+FF01..U+FF5E) and the ideographic space: "ｉｄｉｏｔ". */
    FULLWIDTH("fullwidth") {
        @Override
        public String apply(String phrase, Random random) {
            StringBuilder out = new StringBuilder(phrase.length());
            for (char c : phrase.toCharArray()) {
                if (c == ' ') {
                    out.append('\u3000');
                } else if (c >= 0x21 && c <= 0x7E) {
                    out.append((char) (c + 0xFEE0));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    };

    private static final Map<Character, String[]> LEET_SUBSTITUTES = Map.of(
            'a', new String[] {"4", "@"},
            'e', new String[] {"3"},
            'i', new String[] {"1", "!"},
            'o', new String[] {"0"},
            's', new String[] {"5", "$"},
            't', new String[] {"7"},
            'l', new String[] {"1"},
            'b', new String[] {"8"},
            'g', new String[] {"9"});

    private static final Map<Character, String[]> HOMOGLYPHS = Map.ofEntries(
            Map.entry('a', new String[] {"\u0430", "\u03B1"}),
            Map.entry('c', new String[] {"\u0441", "\u03F2"}),
            Map.entry('e', new String[] {"\u0435"}),
            Map.entry('i', new String[] {"\u0456", "\u03B9"}),
            Map.entry('j', new String[] {"\u0458"}),
            Map.entry('o', new String[] {"\u043E", "\u03BF"}),
            Map.entry('p', new String[] {"\u0440", "\u03C1"}),
            Map.entry('s', new String[] {"\u0455"}),
            Map.entry('x', new String[] {"\u0445", "\u03C7"}),
            Map.entry('y', new String[] {"\u0443"}),
            Map.entry('k', new String[] {"\u03BA", "\u043A"}),
            Map.entry('v', new String[] {"\u03BD"}),
            Map.entry('h', new String[] {"\u04BB"}),
            Map.entry('d', new String[] {"\u0501"}),
            Map.entry('n', new String[] {"\u03B7"}),
            Map.entry('u', new String[] {"\u03C5"}),
            Map.entry('t', new String[] {"\u03C4"}),
            Map.entry('l', new String[] {"\u04CF"}));

    /** Zero width space, non-joiner, joiner, word joiner and the byte order mark used as a zero-width no-break space. */
    private static final char[] INVISIBLES = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'};

    private final String id;

    Obfuscation(String id) {
        this.id = id;
    }

    /** The variant name in the evaluation set. */
    public String id() {
        return id;
    }

    /** {@code phrase} disguised; the tables know lower-case letters, others stay as they are. */
    public abstract String apply(String phrase, Random random);

    /** Replaces each letter that has a substitute with probability {@code p}, and at least one. */
    private static String substitute(String phrase, Map<Character, String[]> table, double p, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < phrase.length(); i++) {
            if (table.containsKey(phrase.charAt(i))) {
                candidates.add(i);
            }
        }
        boolean[] replace = new boolean[phrase.length()];
        boolean any = false;
        for (int i : candidates) {
            replace[i] = random.nextDouble() < p;
            any |= replace[i];
        }
        if (!any && !candidates.isEmpty()) {
            replace[candidates.get(random.nextInt(candidates.size()))] = true;
        }
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (replace[i]) {
                String[] options = table.get(c);
                out.append(options[random.nextInt(options.length)]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Puts invisible characters between the letters of a word: after each with probability 1/2, at least once. */
    private static String insertInvisibles(String word, Random random) {
        if (word.length() < 2) {
            return word;
        }
        int forced = 1 + random.nextInt(word.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0 && (i == forced || random.nextBoolean())) {
                out.append(INVISIBLES[random.nextInt(INVISIBLES.length)]);
            }
            out.append(word.charAt(i));
        }
        return out.toString();
    }

    /** Repeats one letter of the word (a vowel where there is one) three to six times in all. */
    private static String stretch(String word, Random random) {
        List<Integer> vowels = new ArrayList<>();
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters.add(i);
                if ("aeiouy".indexOf(c) >= 0) {
                    vowels.add(i);
                }
            }
        }
        List<Integer> pool = vowels.isEmpty() ? letters : vowels;
        int at = pool.get(random.nextInt(pool.size()));
        String extra = String.valueOf(word.charAt(at)).repeat(2 + random.nextInt(4));
        return word.substring(0, at + 1) + extra + word.substring(at + 1);
    }

    private static int letterCount(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }
}
