package dev.bulwark.action.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON objects in one canonical form (keys sorted, no whitespace, minimal escapes), so
 * that the same content always hashes (or signs) to the same bytes.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /** Values may be strings, numbers, booleans, null, lists of strings or nested objects. */
    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder("{");
        String separator = "";
        for (Map.Entry<String, ?> entry : new TreeMap<>(object).entrySet()) {
            out.append(separator);
            string(out, entry.getKey());
            out.append(':');
            value(out, entry.getValue());
            separator = ",";
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> object) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) object;
            out.append(write(nested));
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                value(out, list.get(i));
            }
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
