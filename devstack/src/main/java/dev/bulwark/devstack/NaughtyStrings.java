package dev.bulwark.devstack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Big List of Naughty Strings (see {@code blns/README.md}), one copy for every service's tests. */
public final class NaughtyStrings {

    /** Strings the list lacks that break storage rather than parsers: PostgreSQL text cannot hold U+0000. */
    private static final List<String> NUL_BEARING = List.of("\u0000", "before\u0000after", "\u0000\u0000\u0000");
    private static final List<String> ALL = load();

    private NaughtyStrings() {}

    /** Every string of the list, the empty one included, in the list's order, then the NUL-bearing ones. */
    public static List<String> all() {
        return ALL;
    }

    /** {@code strings} cut into consecutive lists of at most {@code size}, to send several per request. */
    public static List<List<String>> batches(List<String> strings, int size) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < strings.size(); i += size) {
            batches.add(strings.subList(i, Math.min(strings.size(), i + size)));
        }
        return batches;
    }

    /**
     * {@code s} percent-encoded as one URL path segment or query value, to send with the client's own
     * encoding off: REST clients read "{" in a path as a template and may leave "/" or "?" as they are.
     */
    public static String urlEncoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> load() {
        try (InputStream in = NaughtyStrings.class.getResourceAsStream("blns/blns.json")) {
            List<String> strings = new ArrayList<>(new ObjectMapper().readValue(in, new TypeReference<List<String>>() {}));
            strings.addAll(NUL_BEARING);
            return List.copyOf(strings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
