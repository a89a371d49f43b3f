package dev.bulwark.cases.platform.rest;

import dev.bulwark.cases.casefile.CaseNotFoundException;
import java.util.UUID;

/** Parses case ids from paths; a malformed id names no case, so it is a 404 like an unknown one. */
public final class CaseIds {

    private CaseIds() {}

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CaseNotFoundException();
        }
    }
}
