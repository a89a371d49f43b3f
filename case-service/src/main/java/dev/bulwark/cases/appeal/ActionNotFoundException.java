package dev.bulwark.cases.appeal;

/** The appealed action does not exist, or is not on the appeal's subject (a 404 / NOT_FOUND at the edge). */
public class ActionNotFoundException extends RuntimeException {

    public ActionNotFoundException() {
        super("no such action on the subject");
    }
}
