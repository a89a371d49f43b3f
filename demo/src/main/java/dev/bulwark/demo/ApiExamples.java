package dev.bulwark.demo;

import dev.bulwark.devstack.BulwarkService;
import java.io.PrintStream;

/** Prints how to call case- and action-service by hand, with their real ports; intake is under {@link DemoCredentials}. */
final class ApiExamples {

    private ApiExamples() {}

    static void print(PrintStream out, String sampleCaseId) {
        int intake = BulwarkService.INTAKE.localPort();
        int cases = BulwarkService.CASE.localPort();
        int action = BulwarkService.ACTION.localPort();
        out.println();
        out.println("Calling the APIs");
        out.println("----------------");
        out.println("# Review as a person (REST; $REVIEWER_TOKEN as shown under Demo credentials):");
        String auth = "-H \"Authorization: Bearer $REVIEWER_TOKEN\"";
        out.printf("curl -s %s localhost:%d/api/v1/queues%n", auth, cases);
        out.printf("curl -s %s 'localhost:%d/api/v1/cases?queue=abuse&limit=10'%n", auth, cases);
        if (sampleCaseId != null) {
            out.printf("curl -s %s localhost:%d/api/v1/cases/%s%n", auth, cases, sampleCaseId);
        }
        out.println("# Item content comes blurred; revealing an item shows its text to you and is audited:");
        out.printf("curl -s -X POST %s localhost:%d/api/v1/cases/<case id>/items/<item id>/reveal%n", auth, cases);
        out.printf("curl -s -X POST %s localhost:%d/api/v1/queues/abuse/claim%n", auth, cases);
        out.printf("curl -s -X POST %s -H 'Content-Type: application/json' "
                + "-d '{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"seen\"}' "
                + "localhost:%d/api/v1/cases/<case id>/decision%n", auth, cases);
        out.println("# Standing of an account (the senior reviewer's token):");
        out.printf("curl -s %s localhost:%d/api/v1/subjects/ACCOUNT/user-alice/standing%n", auth, action);
        out.printf("grpcurl -plaintext -H \"authorization: Bearer $REVIEWER_TOKEN\" "
                + "-d '{\"subject\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"user-alice\"}}' "
                + "localhost:%d bulwark.action.v1.ActionService/GetStanding%n", action);
        out.println("# Health and metrics of any service (ports 8080-8083):");
        out.printf("curl -s localhost:%d/q/health/ready%n", intake);
        out.printf("curl -s localhost:%d/q/metrics | grep bulwark_%n", intake);
    }
}
