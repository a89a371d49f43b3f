package dev.bulwark.cases.reveal;

/** The case has no item with the given id (a 404 at the edge). */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException() {
        super("no such item in the case");
    }
}
