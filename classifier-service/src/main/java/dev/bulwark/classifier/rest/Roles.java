package dev.bulwark.classifier.rest;

/** Realm roles of the people who use classifier-service's REST API (from the token's realm_access). */
public final class Roles {

    /** Manages policy versions and the hash banks. */
    public static final String POLICY_ADMIN = "policy-admin";

    private Roles() {}
}
