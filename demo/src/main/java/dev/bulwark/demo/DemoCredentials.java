package dev.bulwark.demo;

import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.KeycloakServer;
import java.io.PrintStream;
import java.util.List;

/** Prints who can log in to the local run and how a product team gets a token and calls intake. */
final class DemoCredentials {

    /** The realm's reviewer users and their roles, as in {@code keycloak/bulwark-realm.json}. */
    private static final List<String[]> REVIEWERS = List.of(
            new String[] {"rita", "reviewer"},
            new String[] {"sam", "senior-reviewer"},
            new String[] {"quinn", "qa"},
            new String[] {"paula", "policy-admin"},
            new String[] {"audrey", "auditor"});

    /** The realm's end users; their usernames are account ids, so enforcement on them reaches Keycloak. */
    private static final List<String> END_USERS = List.of("user-alice", "user-bob");

    private DemoCredentials() {}

    static void print(PrintStream out, KeycloakServer keycloak, String client, String secret, String demoPassword) {
        int intake = BulwarkService.INTAKE.localPort();
        out.println();
        out.println("Demo credentials (client secrets are new on every run)");
        out.println("----------------");
        out.printf("Keycloak         %s (realm %s, issuer %s)%n", keycloak.baseUrl(), KeycloakServer.REALM, keycloak.issuer());
        out.printf("product team     client id %s, client secret %s%n", client, secret);
        out.printf("reviewer users   password '%s', log in through public client bulwark-cli%n", demoPassword);
        REVIEWERS.forEach(user -> out.printf("                 %-7s %s%n", user[0], user[1]));
        out.printf("end users        %s (same password and client): a suspension or ban of the account of that%n"
                + "                 name disables its Keycloak login; a revert enables it again%n", String.join(", ", END_USERS));
        out.println("# A product team's token (client-credentials grant; valid 5 minutes):");
        out.printf("export TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=%s -d client_secret=%s \\%n"
                + "  %s | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')%n", client, secret, keycloak.tokenEndpoint());
        out.println("# Submit content (gRPC, server reflection is on):");
        out.printf("grpcurl -plaintext -H \"authorization: Bearer $TOKEN\" -d '{\"idempotency_key\":\"try-1\",\"surface\":\"chat\","
                + "\"author\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"alice\"},\"content\":{\"text\":\"%s\"}}' "
                + "localhost:%d bulwark.intake.v1.IntakeService/Submit%n", CanonicalTexts.REVIEW_HARASSMENT, intake);
        out.println("# Report an account:");
        out.printf("grpcurl -plaintext -H \"authorization: Bearer $TOKEN\" -d '{\"idempotency_key\":\"report-1\","
                + "\"reporter\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"bob\"},\"target\":{\"type\":\"SUBJECT_TYPE_ACCOUNT\",\"id\":\"alice\"},"
                + "\"reason\":\"REPORT_REASON_HARASSMENT\"}' localhost:%d bulwark.intake.v1.IntakeService/Report%n", intake);
        out.println("# A reviewer's token for case-service (password grant; sam, a senior reviewer, works every queue):");
        out.printf("export REVIEWER_TOKEN=$(curl -s -d grant_type=password -d client_id=bulwark-cli -d username=sam -d password=%s \\%n"
                + "  %s | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')%n", demoPassword, keycloak.tokenEndpoint());
    }
}
