package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dotted-path access to the untyped fields of a custom resource, recording what is missing. */
record Fields(Object root) {

    static Fields of(GenericKubernetesResource resource) {
        Map<String, Object> all = new LinkedHashMap<>(resource.getAdditionalProperties());
        all.put("metadata", resource.getMetadata());
        return new Fields(all);
    }

    /** The value at a dotted path, or null. */
    Object get(String path) {
        Object value = root;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }

    String string(String path, List<String> problems) {
        Object value = get(path);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add(path + ": a non-empty string is required, found " + value);
            return null;
        }
        return text;
    }

    void positiveInt(String path, List<String> problems) {
        if (!(get(path) instanceof Integer number) || number < 1) {
            problems.add(path + ": a positive integer is required, found " + get(path));
        }
    }

    void map(String path, List<String> problems) {
        if (!(get(path) instanceof Map<?, ?>)) {
            problems.add(path + ": an object is required, found " + get(path));
        }
    }

    /** The elements of a list that may be absent. */
    List<Fields> optionalList(String path) {
        return get(path) instanceof List<?> list ? list.stream().map(Fields::new).toList() : List.of();
    }

    /** The elements of a required, non-empty list. */
    List<Fields> list(String path, List<String> problems) {
        if (!(get(path) instanceof List<?> list) || list.isEmpty()) {
            problems.add(path + ": a non-empty list is required, found " + get(path));
            return List.of();
        }
        return list.stream().map(Fields::new).toList();
    }
}
