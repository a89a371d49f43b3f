package dev.bulwark.classifier.signal;

import dev.bulwark.classifier.normalize.NormalizedText;
import java.util.List;

/**
 * A detector: looks at one text and reports what it found. Rule sets, hash banks and trained
 * models all plug in here.
 */
public interface SignalProvider {

    /** Name and version of the rules or model, for example {@code pii-rules@1}. */
    String version();

    /**
     * Finds signals in the text; evidence spans always point into {@link NormalizedText#original()}.
     */
    List<Signal> detect(NormalizedText text);
}
