package dev.bulwark.k8s;

/** The parts of a container image reference: {@code [registry/]repository[:tag][@digest]}. */
record Images(String registry, String repository, String tag, String digest) {

    static Images parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = null;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? "" : rest.substring(0, slash);
        // As Docker reads it: a first component with a dot or port, or "localhost", is a registry.
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
            registry = first;
            rest = rest.substring(slash + 1);
        }
        return new Images(registry, rest, tag, digest);
    }

    /** Pinned to one build: a digest, or a release tag (neither "latest" nor a snapshot). */
    boolean pinned() {
        return digest != null || (tag != null && !tag.equals("latest") && !tag.endsWith("-SNAPSHOT"));
    }
}
