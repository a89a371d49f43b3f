package dev.bulwark.demo.traffic;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.QueueStats;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.Standing;
import io.grpc.StatusRuntimeException;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The summary table printed after the demo traffic and the reviews. */
public final class Summary {

    private final BulwarkClients clients;
    private final PrintStream out;

    public Summary(BulwarkClients clients, PrintStream out) {
        this.clients = clients;
        this.out = out;
    }

    public void print(int planned, TrafficTally tally, List<DecisionResult> decisions) {
        out.println();
        out.println("Summary");
        out.println("-------");
        out.printf("%-12s %s (%d calls planned%s)%n", "verdicts", tally.verdicts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), planned,
                tally.fallbacks() > 0 ? ", " + tally.fallbacks() + " decided by the failure mode" : "");
        if (!tally.errors().isEmpty()) {
            out.printf("%-12s %s%n", "errors", tally.errors());
        }
        out.printf("%-12s %d of %d identical (same submission id, replayed=true)%n",
                "replays", tally.replaysIdentical(), tally.replays());
        out.printf("%-12s %d of %d reuses of a key with another payload refused (ALREADY_EXISTS)%n",
                "conflicts", tally.conflictsRejected(), tally.conflicts());
        out.printf("%-12s %d of %d joined the reported account's open case%n",
                "reports", tally.reportsJoined(), tally.reports());
        long reviewActions = decisions.stream().mapToLong(d -> d.actionIds().size()).sum();
        out.printf("%-12s %d auto-enforced, %d after %d reviewer decisions%n",
                "actions", tally.autoActions(), reviewActions, decisions.size());
        out.println();
        out.printf("%-20s %6s %8s %12s %13s%n", "queue", "open", "claimed", "oldest open", "SLA breaches");
        for (QueueStats queue : clients.cases().queues()) {
            out.printf("%-20s %6d %8d %12s %13d%n", queue.queue(), queue.open(), queue.claimed(),
                    queue.oldestOpenAgeSeconds() == null ? "-" : queue.oldestOpenAgeSeconds() + "s", queue.slaBreaches());
        }
        out.println();
        out.printf("%-20s %-10s %14s %13s%n", "account", "standing", "active strikes", "total strikes");
        for (int i = 1; i <= TrafficPlan.ABUSIVE_ACCOUNTS; i++) {
            printStanding(TrafficPlan.abusiveAccount(i).getId());
        }
    }

    private void printStanding(String accountId) {
        try {
            Standing standing = clients.action()
                    .getStanding(GetStandingRequest.newBuilder().setSubject(Requests.account(accountId)).build())
                    .getStanding();
            out.printf("%-20s %-10s %14d %13d%n", accountId, standing.getState().name().replace("STANDING_STATE_", ""),
                    standing.getActiveStrikes(), standing.getTotalStrikes());
        } catch (StatusRuntimeException e) {
            out.printf("%-20s %s%n", accountId, e.getStatus().getCode());
        }
    }
}
