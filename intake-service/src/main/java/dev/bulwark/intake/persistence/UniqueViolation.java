package dev.bulwark.intake.persistence;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique-violation (23505), however deep the ORM wrapped it. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && SQL_STATE.equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
