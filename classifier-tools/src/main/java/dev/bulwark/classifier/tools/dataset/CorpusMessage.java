package dev.bulwark.classifier.tools.dataset;

/**
 * One raw email of the corpus.
 *
 * @param id {@code <group>/<file name without .json>}, unique and stable across package releases
 * @param group the corpus folder, for example {@code easy-ham-1} or {@code spam-2}
 * @param email the RFC 822 message
 */
public record CorpusMessage(String id, String group, String email) {

    public boolean spam() {
        return group.startsWith("spam");
    }
}
