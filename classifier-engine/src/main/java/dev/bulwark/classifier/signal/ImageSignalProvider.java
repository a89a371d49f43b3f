package dev.bulwark.classifier.signal;

import dev.bulwark.classifier.image.ImageHashes;
import java.util.List;

/** A detector of images: looks at the hashes of a content's images and reports what it found. */
public interface ImageSignalProvider {

    /** Name and version of the rules or model, for example {@code hash-banks@1}. */
    String version();

    /** Finds signals for the images; image signals carry no text evidence. */
    List<Signal> detect(List<ImageHashes> images);
}
