package dev.bulwark.demo.traffic;

import dev.bulwark.demo.client.CaseApi;
import dev.bulwark.demo.client.CaseApiException;
import dev.bulwark.demo.client.CaseSummary;
import dev.bulwark.demo.client.DecisionRequest;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.QueueStats;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A reviewer who works through a few cases over case-service's REST API, as a person would. */
public final class DemoReviewer {

    /** The realm user the demo reviews as: a senior reviewer works every queue. */
    public static final String NAME = "sam";

    private final CaseApi cases;
    private final PrintStream out;

    public DemoReviewer(CaseApi cases, PrintStream out) {
        this.cases = cases;
        this.out = out;
    }

    /** Claims and decides up to {@code count} cases, every third one found not violating. */
    public List<DecisionResult> review(int count) {
        List<DecisionResult> decided = new ArrayList<>();
        for (QueueStats queue : cases.queues()) {
            while (decided.size() < count && queue.open() > 0) {
                Optional<CaseSummary> claimed = cases.claim(queue.queue());
                if (claimed.isEmpty()) {
                    break;
                }
                decided.add(decide(claimed.get(), decided.size()));
            }
        }
        return decided;
    }

    private DecisionResult decide(CaseSummary claimed, int number) {
        boolean violating = number % 3 != 2;
        DecisionRequest decision = violating
                ? DecisionRequest.violating(claimed.category(), "Confirmed by the demo reviewer.")
                : DecisionRequest.notViolating(claimed.category(), "Banter between friends; no action.");
        try {
            DecisionResult result = cases.decide(claimed.id(), decision);
            out.printf("  case %s  %-18s %-24s -> %-13s actions %d, standing %s%n",
                    shortId(claimed.id()), claimed.queue(), claimed.category(), result.outcome(),
                    result.actionIds().size(), standingState(result));
            return result;
        } catch (CaseApiException e) {
            out.printf("  case %s  decision refused with HTTP %d; released%n", shortId(claimed.id()), e.status());
            cases.release(claimed.id());
            return new DecisionResult(claimed.id(), claimed.status(), "NONE", claimed.category(), List.of(), null);
        }
    }

    private static String standingState(DecisionResult result) {
        return result.standing() == null
                ? "unchanged"
                : result.standing().state() + " (" + result.standing().activeStrikes() + " active strikes)";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }
}
