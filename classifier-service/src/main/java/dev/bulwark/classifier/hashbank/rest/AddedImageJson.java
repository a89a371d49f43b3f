package dev.bulwark.classifier.hashbank.rest;

import dev.bulwark.classifier.hashbank.AddedImage;

/**
 * The hashes of an uploaded image and what was stored: always the SHA-256, the PDQ hash only when
 * {@code pdqStored} (its quality reached the configured minimum).
 */
public record AddedImageJson(String sha256, String pdq, int quality, boolean pdqStored, int added, int alreadyPresent) {

    static AddedImageJson of(AddedImage a) {
        return new AddedImageJson(a.sha256(), a.pdq(), a.quality(), a.pdqStored(), a.result().added(), a.result().alreadyPresent());
    }
}
