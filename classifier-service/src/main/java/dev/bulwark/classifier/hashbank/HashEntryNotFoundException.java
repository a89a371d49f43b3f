package dev.bulwark.classifier.hashbank;

/** The bank holds no hash of this kind and value. */
public final class HashEntryNotFoundException extends RuntimeException {

    public HashEntryNotFoundException() {
        super("the bank holds no such hash");
    }
}
