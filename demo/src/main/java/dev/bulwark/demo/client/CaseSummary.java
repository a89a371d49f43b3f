package dev.bulwark.demo.client;

/** A case as case-service lists it. */
public record CaseSummary(
        String id,
        String status,
        String queue,
        SubjectView subject,
        String category,
        int priority,
        int itemCount,
        String slaDueAt,
        String createdAt) {

    /** The account or organisation a case is about. */
    public record SubjectView(String type, String id, String organizationId) {}
}
