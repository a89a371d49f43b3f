package dev.bulwark.classifier.hashbank;

/**
 * What uploading an image to a bank did.
 *
 * @param pdq the image's PDQ hash, stored only when {@code pdqStored}
 * @param quality PDQ's quality score of the image, 0 to 100
 * @param pdqStored false when the quality was too low for the PDQ hash to be trusted
 * @param result how many of the stored hashes were new to the bank
 */
public record AddedImage(String sha256, String pdq, int quality, boolean pdqStored, AddedHashes result) {}
