package dev.bulwark.cases.appeal;

/** No appeal has the given id, or none that the caller may see (a 404 / NOT_FOUND at the edge). */
public class AppealNotFoundException extends RuntimeException {

    public AppealNotFoundException() {
        super("no such appeal");
    }
}
