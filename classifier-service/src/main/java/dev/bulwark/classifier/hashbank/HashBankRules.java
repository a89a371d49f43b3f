package dev.bulwark.classifier.hashbank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a bank and its hashes must look like; every problem is reported, none echoes the input. */
public final class HashBankRules {

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit: it goes into signal ids. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_LABEL = 200;
    public static final int MAX_SOURCE = 200;
    /** Most hashes one request may add. */
    public static final int MAX_BATCH = 1000;

    private HashBankRules() {}

    /** Throws {@link InvalidHashBankRequestException} unless the bank is valid under {@code categories}. */
    public static void check(NewHashBank bank, Set<String> categories) {
        List<FieldViolation> violations = new ArrayList<>();
        if (bank.name() == null || !NAME.matcher(bank.name()).matches()) {
            violations.add(new FieldViolation("name",
                    "must be 1 to 63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (bank.category() == null || !categories.contains(bank.category())) {
            violations.add(new FieldViolation("category", "must be a category of the active usage policy"));
        }
        checkLength(violations, "description", bank.description(), MAX_DESCRIPTION);
        throwIfAny(violations);
    }

    /** A new description for an existing bank. */
    public static void checkDescription(String description) {
        List<FieldViolation> violations = new ArrayList<>();
        checkLength(violations, "description", description, MAX_DESCRIPTION);
        throwIfAny(violations);
    }

    /** The valid hashes of a batch in order, or an exception naming each invalid field by its index. */
    public static List<NewHashEntry> entries(List<HashEntryRequest> requests) {
        List<FieldViolation> violations = new ArrayList<>();
        if (requests == null || requests.isEmpty() || requests.size() > MAX_BATCH) {
            violations.add(new FieldViolation("hashes", "must hold 1 to " + MAX_BATCH + " hashes"));
            throwIfAny(violations);
        }
        List<NewHashEntry> entries = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            HashEntryRequest request = requests.get(i);
            String path = "hashes[" + i + "]";
            if (request == null) {
                violations.add(new FieldViolation(path, "must be an object with kind and hash"));
                continue;
            }
            var kind = HashKind.parse(request.kind());
            if (kind.isEmpty()) {
                violations.add(new FieldViolation(path + ".kind", "must be SHA256 or PDQ"));
            } else if (request.hash() == null || !kind.get().accepts(request.hash().strip())) {
                violations.add(new FieldViolation(path + ".hash", "must be 64 hexadecimal digits"));
            }
            checkLength(violations, path + ".label", request.label(), MAX_LABEL);
            checkLength(violations, path + ".source", request.source(), MAX_SOURCE);
            if (violations.isEmpty()) {
                entries.add(new NewHashEntry(kind.get(), kind.get().normalise(request.hash()),
                        blankToNull(request.label()), blankToNull(request.source())));
            }
        }
        throwIfAny(violations);
        return entries;
    }

    /** One hash named in a path ({@code /hashes/pdq/<hex>}), validated like a batch entry. */
    public static NewHashEntry single(String kind, String hash) {
        List<FieldViolation> violations = new ArrayList<>();
        var parsed = HashKind.parse(kind);
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation("kind", "must be SHA256 or PDQ"));
        } else if (hash == null || !parsed.get().accepts(hash.strip())) {
            violations.add(new FieldViolation("hash", "must be 64 hexadecimal digits"));
        }
        throwIfAny(violations);
        return new NewHashEntry(parsed.get(), parsed.get().normalise(hash), null, null);
    }

    /** Label and source given with an uploaded image. */
    public static void checkImageLabels(String label, String source) {
        List<FieldViolation> violations = new ArrayList<>();
        checkLength(violations, "label", label, MAX_LABEL);
        checkLength(violations, "source", source, MAX_SOURCE);
        throwIfAny(violations);
    }

    /** Optional text as stored: stripped, and null when blank. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void checkLength(List<FieldViolation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidHashBankRequestException(violations);
        }
    }
}
