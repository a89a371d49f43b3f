package dev.bulwark.classifier.rest;

/** Realm roles that may call classifier-service's REST API (from the token's realm_access). */
public final class Roles {

    /** Product teams' service accounts, which moderate their own content. */
    public static final String PRODUCT_TEAM = "product-team";
    /** Manages policy versions and the hash banks. */
    public static final String POLICY_ADMIN = "policy-admin";

    private Roles() {}
}
