package dev.bulwark.demo;

import dev.bulwark.demo.client.BearerToken;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.stack.LocalStack;
import dev.bulwark.demo.traffic.DemoReviewer;
import dev.bulwark.demo.traffic.DemoTraffic;
import dev.bulwark.demo.traffic.Summary;
import dev.bulwark.demo.traffic.TrafficTally;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.util.List;

/**
 * The local run: Keycloak, PostgreSQL and the four services on their documented ports, demo traffic
 * as product team {@code team-chat}, a few reviews, a summary and demo credentials, then it keeps
 * running until Ctrl-C.
 *
 * <p>Arguments: {@code --submissions=N} (default 300) and {@code --once} (stop after the summary).
 */
@QuarkusMain
public class LocalPlatform implements QuarkusApplication {

    /** The product team the demo traffic comes from: a client of the realm, and so the tenant. */
    private static final String TENANT = "team-chat";
    /** The public client people log in through with the password grant. */
    private static final String REVIEWER_CLIENT = "bulwark-cli";
    private static final int REVIEWS = 6;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        int submissions = intArg(args, "--submissions=", 300);
        boolean once = List.of(args).contains("--once");
        long begin = System.nanoTime();
        LocalStack stack = new LocalStack(ServiceStack.findRoot());
        Thread stopper = new Thread(stack::close, "bulwark-local-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            out.println("Starting Bulwark (logs in " + stack.logDir() + ")");
            stack.start(out);
            String secret = stack.secrets().clientSecret(TENANT);
            BearerToken productTeam = BearerToken.from(() -> stack.tokens().clientCredentials(TENANT, secret));
            String password = stack.secrets().demoPassword();
            try (BulwarkClients clients = BulwarkClients.connect(BulwarkService.INTAKE.localPort(),
                    BulwarkService.ACTION.localPort(), BulwarkService.CASE.localPort(), productTeam,
                    () -> stack.tokens().password(REVIEWER_CLIENT, DemoReviewer.NAME, password))) {
                out.printf("%nSending %d submissions as tenant '%s'%n", submissions, TENANT);
                TrafficTally tally = new DemoTraffic(clients, out).run(Long.toString(System.currentTimeMillis() / 1000, 36), submissions);
                out.printf("%nReviewing as '%s'%n", DemoReviewer.NAME);
                List<DecisionResult> decisions = new DemoReviewer(clients.cases(), out).review(REVIEWS);
                new Summary(clients, out).print(submissions, tally, decisions);
                ApiExamples.print(out, tally.openCaseByAuthor().values().stream().findFirst().orElse(null));
                DemoCredentials.print(out, stack.keycloak(), TENANT, secret, password);
            }
            out.printf("%nSummary after %.0f s. ", (System.nanoTime() - begin) / 1e9);
            if (!once) {
                out.println("Bulwark keeps running; press Ctrl-C to stop it.");
                Quarkus.waitForExit();
            }
            return 0;
        } catch (RuntimeException e) {
            out.println();
            out.println("The local run failed: " + e.getMessage());
            return 1;
        } finally {
            out.println("Stopping the services, PostgreSQL and Keycloak.");
            stack.close();
            removeHook(stopper);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or has run; it stops the same things only once.
        }
    }

    private static int intArg(String[] args, String prefix, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return fallback;
    }
}
