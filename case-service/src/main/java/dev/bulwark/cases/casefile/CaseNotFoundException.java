package dev.bulwark.cases.casefile;

import java.util.UUID;

/** No case has the given id (a 404 at the edge). */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(UUID id) {
        super("no case " + id);
    }

    public CaseNotFoundException() {
        super("no such case");
    }
}
