package dev.bulwark.classifier.hashbank;

/** No hash bank has the id asked for. */
public final class HashBankNotFoundException extends RuntimeException {

    public HashBankNotFoundException() {
        super("no hash bank has this id");
    }
}
