package dev.bulwark.intake.submission;

/** A submission as received, before it is judged. */
public record NewSubmission(String tenant, String idempotencyKey, String surface, Subject author, SubmittedContent content) {}
