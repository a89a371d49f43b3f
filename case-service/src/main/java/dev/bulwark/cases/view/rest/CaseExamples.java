package dev.bulwark.cases.view.rest;

/** Examples of the case API's JSON for the OpenAPI document; made-up values, no real content. */
public final class CaseExamples {

    private CaseExamples() {}

    public static final String PAGE = """
            {"items": [{"id": "0b6f2c1e-6a43-4a7e-9a43-7c1d2f0f1a11", "kind": "REVIEW", "status": "CLAIMED",
              "queue": "abuse", "subject": {"type": "ACCOUNT", "id": "user-alice", "organizationId": null},
              "category": "harassment", "priority": 62, "itemCount": 2, "slaDueAt": "2026-11-26T14:00:00Z",
              "createdAt": "2026-11-26T10:00:00Z", "assignee": "ana"}],
             "nextCursor": "MjAyNi0xMS0yNlQxMDowMDowMFp8MGI2ZjJjMWUtNmE0My00YTdlLTlhNDMtN2MxZDJmMGYxYTEx"}
            """;

    public static final String INVALID_LIST = """
            {"type": "urn:bulwark:problem:invalid-request", "title": "Invalid request", "status": 400,
             "detail": "The request has invalid fields; see violations.", "instance": "/api/v1/cases",
             "violations": [{"field": "createdFrom", "message": "must not be after createdTo"},
                            {"field": "subjectType", "message": "is required with subjectId"}]}
            """;

    /** An item as its reader sees it after revealing it. */
    public static final String REVEALED_ITEM = """
            {"id": "5d0e8a52-2b7f-4f4e-8a0c-0d7c3f0e9b21", "sourceKey": "submission:chat-42", "source": "SUBMISSION",
             "referenceId": "chat-42", "surface": "chat",
             "content": {"text": "the submitted text", "language": "en", "blurred": false},
             "scores": [{"name": "harassment", "confidence": 0.7}], "reasons": ["classifier"],
             "receivedAt": "2026-11-26T10:00:00Z", "category": "harassment", "policyVersion": "2026-11-26.1",
             "modelVersions": ["lexicon-2026.11"],
             "explanation": {"reasons": [{"category": "harassment", "verdict": "REVIEW", "score": 0.7, "threshold": 0.5,
                                          "autoEnforce": true}],
                             "signals": [{"id": "lexicon:harassment", "category": "harassment", "score": 0.7,
                                          "evidence": [{"start": 4, "end": 12}]}]}}
            """;

    public static final String CASE = """
            {"id": "0b6f2c1e-6a43-4a7e-9a43-7c1d2f0f1a11", "kind": "REVIEW", "status": "CLAIMED", "queue": "abuse",
             "subject": {"type": "ACCOUNT", "id": "user-alice", "organizationId": null}, "category": "harassment",
             "priority": 62, "itemCount": 1, "slaDueAt": "2026-11-26T14:00:00Z", "createdAt": "2026-11-26T10:00:00Z",
             "policyVersion": "2026-11-26.1", "lease": {"reviewer": "ana", "expiresAt": "2026-11-26T10:20:00Z"},
             "items": [{"id": "5d0e8a52-2b7f-4f4e-8a0c-0d7c3f0e9b21", "sourceKey": "submission:chat-42",
                        "source": "SUBMISSION", "referenceId": "chat-42", "surface": "chat",
                        "content": {"text": null, "language": "en", "blurred": true},
                        "scores": [{"name": "harassment", "confidence": 0.7}], "reasons": ["classifier"],
                        "receivedAt": "2026-11-26T10:00:00Z", "category": "harassment", "policyVersion": "2026-11-26.1",
                        "modelVersions": ["lexicon-2026.11"], "explanation": {"reasons": [], "signals": []}}],
             "events": [{"type": "OPENED", "actor": "system", "occurredAt": "2026-11-26T10:00:00Z", "details": {}},
                        {"type": "CLAIMED", "actor": "ana", "occurredAt": "2026-11-26T10:05:00Z", "details": {}},
                        {"type": "NOTE_ADDED", "actor": "ana", "occurredAt": "2026-11-26T10:06:00Z",
                         "details": {"text": "Same wording as last week's case."}}],
             "decision": null,
             "notes": [{"author": "ana", "text": "Same wording as last week's case.", "createdAt": "2026-11-26T10:06:00Z"}],
             "standing": {"state": "WARNED", "activeStrikes": 1, "totalStrikes": 1, "suspendedUntil": null,
                          "actions": [{"id": "act-7", "type": "WARN", "category": "harassment", "origin": "REVIEW",
                                       "createdAt": "2026-11-19T09:00:00Z", "expiresAt": null, "reverted": false,
                                       "referenceId": "9c1f0e55-0f3a-4c51-a4e0-2a9b8f6d7e10"}]},
             "standingUnavailable": false,
             "priorCases": [{"id": "9c1f0e55-0f3a-4c51-a4e0-2a9b8f6d7e10", "kind": "REVIEW", "status": "CLOSED",
                             "queue": "abuse", "category": "harassment", "createdAt": "2026-11-19T08:30:00Z",
                             "closedAt": "2026-11-19T09:00:00Z", "outcome": "VIOLATING"}]}
            """;

    public static final String CASE_NOT_FOUND = """
            {"type": "urn:bulwark:problem:case-not-found", "title": "Case not found", "status": 404,
             "detail": "No case has this id.", "instance": "/api/v1/cases/0b6f2c1e-6a43-4a7e-9a43-7c1d2f0f1a11"}
            """;
}
