package dev.bulwark.demo.traffic;

import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** What the demo traffic saw, counted from several threads at once. */
public final class TrafficTally {

    private final Map<String, LongAdder> verdicts = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentSkipListMap<>();
    private final Map<String, String> openCaseByAuthor = new ConcurrentHashMap<>();
    private final Set<String> autoActions = ConcurrentHashMap.newKeySet();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder replays = new LongAdder();
    private final LongAdder replaysIdentical = new LongAdder();
    private final LongAdder conflicts = new LongAdder();
    private final LongAdder conflictsRejected = new LongAdder();
    private final LongAdder reports = new LongAdder();
    private final LongAdder reportsJoined = new LongAdder();

    void submitted(String authorId, SubmitResponse response) {
        verdicts.computeIfAbsent(response.getVerdict().name().replace("VERDICT_", ""), v -> new LongAdder()).increment();
        if (response.getFallback()) {
            fallbacks.increment();
        }
        if (!response.getCaseId().isEmpty()) {
            openCaseByAuthor.putIfAbsent(authorId, response.getCaseId());
        }
        autoActions.addAll(response.getActionIdsList());
    }

    void failed(Status.Code code) {
        errors.computeIfAbsent(code.name(), c -> new LongAdder()).increment();
    }

    /** A replay is identical when it names the first submission, says so, and repeats the verdict. */
    void replayed(SubmitResponse first, SubmitResponse replay) {
        replays.increment();
        if (replay.getReplayed()
                && replay.getSubmissionId().equals(first.getSubmissionId())
                && replay.getVerdict() == first.getVerdict()
                && replay.getCaseId().equals(first.getCaseId())) {
            replaysIdentical.increment();
        }
    }

    void conflict(boolean rejected) {
        conflicts.increment();
        if (rejected) {
            conflictsRejected.increment();
        }
    }

    void reported(boolean joinedOpenCase) {
        reports.increment();
        if (joinedOpenCase) {
            reportsJoined.increment();
        }
    }

    public Map<String, Long> verdicts() {
        Map<String, Long> copy = new TreeMap<>();
        verdicts.forEach((verdict, count) -> copy.put(verdict, count.sum()));
        return copy;
    }

    public Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((code, count) -> copy.put(code, count.sum()));
        return copy;
    }

    /** Accounts whose content went to review, with the case it opened. */
    public Map<String, String> openCaseByAuthor() {
        return Map.copyOf(openCaseByAuthor);
    }

    public int autoActions() {
        return autoActions.size();
    }

    public long fallbacks() {
        return fallbacks.sum();
    }

    public long replays() {
        return replays.sum();
    }

    public long replaysIdentical() {
        return replaysIdentical.sum();
    }

    public long conflicts() {
        return conflicts.sum();
    }

    public long conflictsRejected() {
        return conflictsRejected.sum();
    }

    public long reports() {
        return reports.sum();
    }

    public long reportsJoined() {
        return reportsJoined.sum();
    }
}
