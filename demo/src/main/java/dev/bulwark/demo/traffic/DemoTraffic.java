package dev.bulwark.demo.traffic;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportResponse;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the demo traffic as a product team would: submissions from a few concurrent senders, replays
 * after the call they repeat, then user reports about accounts that went to review.
 */
public final class DemoTraffic {

    private static final int SENDERS = 4;
    private static final int REPORTS = 8;

    private final BulwarkClients clients;
    private final PrintStream out;
    private final TrafficTally tally = new TrafficTally();
    private final AtomicInteger done = new AtomicInteger();

    public DemoTraffic(BulwarkClients clients, PrintStream out) {
        this.clients = clients;
        this.out = out;
    }

    /** Sends {@code size} submissions and a few reports; returns what was seen. */
    public TrafficTally run(String runId, int size) {
        List<PlannedSubmission> plan = TrafficPlan.build(runId, size, 20261126L);
        long begin = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<CompletableFuture<SubmitResponse>> results = new ArrayList<>(plan.size());
            for (PlannedSubmission planned : plan) {
                results.add(send(planned, results, senders).whenComplete((response, failure) -> progress(size, begin)));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();
        } finally {
            senders.shutdown();
        }
        report(runId);
        return tally;
    }

    /** A replay or conflict runs after the call it repeats, without holding a sender while it waits. */
    private CompletableFuture<SubmitResponse> send(
            PlannedSubmission planned, List<CompletableFuture<SubmitResponse>> earlier, ExecutorService senders) {
        return switch (planned.kind()) {
            case ORIGINAL -> CompletableFuture.supplyAsync(() -> submit(planned.request()), senders);
            case REPLAY -> earlier.get(planned.earlierIndex()).thenApplyAsync(first -> replay(first, planned.request()), senders);
            case CONFLICT -> earlier.get(planned.earlierIndex()).thenApplyAsync(first -> conflict(first, planned.request()), senders);
        };
    }

    private SubmitResponse submit(SubmitRequest request) {
        try {
            SubmitResponse response = clients.intake().submit(request);
            tally.submitted(request.getAuthor().getId(), response);
            return response;
        } catch (StatusRuntimeException e) {
            tally.failed(e.getStatus().getCode());
            return null;
        }
    }

    private SubmitResponse replay(SubmitResponse first, SubmitRequest request) {
        if (first == null) {
            return null;
        }
        try {
            SubmitResponse again = clients.intake().submit(request);
            tally.replayed(first, again);
            return again;
        } catch (StatusRuntimeException e) {
            tally.failed(e.getStatus().getCode());
            return null;
        }
    }

    private SubmitResponse conflict(SubmitResponse first, SubmitRequest altered) {
        if (first == null) {
            return null;
        }
        try {
            clients.intake().submit(altered);
            tally.conflict(false);
        } catch (StatusRuntimeException e) {
            tally.conflict(e.getStatus().getCode() == Status.Code.ALREADY_EXISTS);
        }
        return null;
    }

    private void report(String runId) {
        int sent = 0;
        for (Map.Entry<String, String> reviewed : tally.openCaseByAuthor().entrySet()) {
            if (sent == REPORTS) {
                break;
            }
            try {
                ReportResponse response = clients.intake().report(Requests.report(
                        "demo-" + runId + "-report-" + sent,
                        Requests.account(String.format("demo-user-%03d", sent + 1)),
                        Requests.account(reviewed.getKey()),
                        ReportReason.REPORT_REASON_HARASSMENT,
                        "Keeps insulting people in the group chat."));
                tally.reported(response.getCaseId().equals(reviewed.getValue()));
            } catch (StatusRuntimeException e) {
                tally.failed(e.getStatus().getCode());
            }
            sent++;
        }
        out.printf("  sent %d reports about accounts under review%n", sent);
    }

    private void progress(int size, long begin) {
        int count = done.incrementAndGet();
        if (count % 50 == 0 || count == size) {
            double seconds = (System.nanoTime() - begin) / 1e9;
            out.printf("  submitted %3d/%d  (%.0f/s)%n", count, size, count / Math.max(seconds, 0.001));
        }
    }
}
