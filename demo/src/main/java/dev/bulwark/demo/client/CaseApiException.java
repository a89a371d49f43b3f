package dev.bulwark.demo.client;

/** An error answer of case-service's REST API, with its status and problem document. */
public final class CaseApiException extends RuntimeException {

    private final int status;
    private final String body;

    public CaseApiException(int status, String body) {
        super("case-service answered HTTP " + status);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The {@code application/problem+json} document as received. */
    public String body() {
        return body;
    }
}
