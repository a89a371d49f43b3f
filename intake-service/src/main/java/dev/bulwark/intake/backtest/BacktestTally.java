package dev.bulwark.intake.backtest;

import dev.bulwark.classifier.decision.OutcomeChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Running counts of a backtest: submissions read, compared, changed and skipped, and for each category
 * and outcome pair how many submissions moved, with the first few as examples. Its size is bounded by
 * the number of categories, never by the number of submissions.
 */
public final class BacktestTally {

    static final int EXAMPLES = 5;

    private long compared;
    private long changed;
    private long skipped;
    private final Map<String, Pair> pairs = new LinkedHashMap<>();

    /** One category and outcome pair: how many submissions moved from {@code from} to {@code to}. */
    public record Pair(String category, String from, String to, long count, List<String> exampleSubmissionIds) {}

    /** The counts so far. */
    public record Result(long compared, long changed, long skipped, List<Pair> pairs) {}

    public void skip() {
        skipped++;
    }

    public void add(String submissionId, List<OutcomeChange> changes) {
        compared++;
        if (changes.isEmpty()) {
            return;
        }
        changed++;
        for (OutcomeChange change : changes) {
            String key = change.category() + "|" + change.from() + "|" + change.to();
            Pair before = pairs.get(key);
            List<String> examples = new ArrayList<>(before == null ? List.of() : before.exampleSubmissionIds());
            if (examples.size() < EXAMPLES) {
                examples.add(submissionId);
            }
            pairs.put(key, new Pair(change.category(), change.from().name(), change.to().name(),
                    before == null ? 1 : before.count() + 1, List.copyOf(examples)));
        }
    }

    public Result result() {
        List<Pair> sorted = pairs.values().stream()
                .sorted(Comparator.comparingLong(Pair::count).reversed().thenComparing(Pair::category))
                .toList();
        return new Result(compared, changed, skipped, sorted);
    }
}
