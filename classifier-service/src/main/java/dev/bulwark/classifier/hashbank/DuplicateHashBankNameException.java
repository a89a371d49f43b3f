package dev.bulwark.classifier.hashbank;

/** Another hash bank already has the name asked for; names are unique because signal ids carry them. */
public final class DuplicateHashBankNameException extends RuntimeException {

    public DuplicateHashBankNameException() {
        super("a hash bank with this name exists");
    }
}
