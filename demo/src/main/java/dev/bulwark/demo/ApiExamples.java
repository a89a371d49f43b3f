package dev.bulwark.demo;

import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.devstack.BulwarkService;
import java.io.PrintStream;

/** Prints how to call the running services by hand, with their real ports. */
final class ApiExamples {

    private ApiExamples() {}

    static void print(PrintStream out, String sampleCaseId) {
        int intake = BulwarkService.INTAKE.localPort();
        int cases = BulwarkService.CASE.localPort();
        int action = BulwarkService.ACTION.localPort();
        out.println();
        out.println("Calling the APIs");
        out.println("----------------");
        out.println("# Submit content as a product team (gRPC, server reflection is on):");
        out.printf("grpcurl -plaintext -H 'x-bulwark-tenant: default' -d '{\"idempotency_key\":\"try-1\",\"surface\":\"chat\","
                + "\"author\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"alice\"},\"content\":{\"text\":\"%s\"}}' "
                + "localhost:%d bulwark.intake.v1.IntakeService/Submit%n", CanonicalTexts.REVIEW_HARASSMENT, intake);
        out.println("# Report an account:");
        out.printf("grpcurl -plaintext -H 'x-bulwark-tenant: default' -d '{\"idempotency_key\":\"report-1\","
                + "\"reporter\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"bob\"},\"target\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"alice\"},"
                + "\"reason\":\"REPORT_REASON_HARASSMENT\"}' localhost:%d bulwark.intake.v1.IntakeService/Report%n", intake);
        out.println("# Review as a person (REST):");
        out.printf("curl -s localhost:%d/api/v1/queues%n", cases);
        out.printf("curl -s 'localhost:%d/api/v1/cases?queue=abuse&limit=10'%n", cases);
        if (sampleCaseId != null) {
            out.printf("curl -s localhost:%d/api/v1/cases/%s%n", cases, sampleCaseId);
        }
        out.printf("curl -s -X POST -H 'X-Bulwark-Reviewer: you' localhost:%d/api/v1/queues/abuse/claim%n", cases);
        out.printf("curl -s -X POST -H 'X-Bulwark-Reviewer: you' -H 'Content-Type: application/json' "
                + "-d '{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"seen\"}' "
                + "localhost:%d/api/v1/cases/<case id>/decision%n", cases);
        out.println("# Standing of an account:");
        out.printf("curl -s localhost:%d/api/v1/subjects/ACCOUNT/alice/standing%n", action);
        out.printf("grpcurl -plaintext -d '{\"subject\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"alice\"}}' "
                + "localhost:%d bulwark.action.v1.ActionService/GetStanding%n", action);
        out.println("# Health and metrics of any service (ports 8080-8083):");
        out.printf("curl -s localhost:%d/q/health/ready%n", intake);
        out.printf("curl -s localhost:%d/q/metrics | grep bulwark_%n", intake);
    }
}
