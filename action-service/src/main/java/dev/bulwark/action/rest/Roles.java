package dev.bulwark.action.rest;

/** Realm roles of the people who read action-service's REST API (from the token's realm_access). */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String SENIOR_REVIEWER = "senior-reviewer";
    public static final String QA = "qa";
    public static final String POLICY_ADMIN = "policy-admin";
    public static final String AUDITOR = "auditor";

    private Roles() {}
}
