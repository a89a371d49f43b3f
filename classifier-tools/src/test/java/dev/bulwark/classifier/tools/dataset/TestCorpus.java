package dev.bulwark.classifier.tools.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The spam corpus, loaded once per test run (the tarball is fetched into the cache the first time). */
public final class TestCorpus {

    private static SpamDataset dataset;

    private TestCorpus() {}

    public static synchronized SpamDataset spam() {
        if (dataset == null) {
            try {
                dataset = SpamDataset.load(DatasetCache.fromEnvironment());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dataset;
    }
}
