package dev.bulwark.cases.queue;

/**
 * Backlog of one queue at a moment, and how fast it was worked over the last day.
 *
 * @param open cases a reviewer can claim now (waiting, or with an expired lease or hold)
 * @param claimed cases under an unexpired lease
 * @param awaitingInfo cases on hold for more information
 * @param escalated cases not closed that only senior reviewers may claim
 * @param oldestOpenAgeSeconds age of the oldest case not yet closed; null when there is none
 * @param slaBreaches cases not closed whose SLA is already due
 * @param handling closing decisions of the last 24 hours and their handling times (claim to decision)
 */
public record QueueBacklog(String queue, long open, long claimed, long awaitingInfo, long escalated,
        Long oldestOpenAgeSeconds, long slaBreaches, HandlingTimes handling) {

    public static QueueBacklog empty(String queue) {
        return new QueueBacklog(queue, 0, 0, 0, 0, null, 0, HandlingTimes.NONE);
    }

    public QueueBacklog withHandling(HandlingTimes times) {
        return new QueueBacklog(queue, open, claimed, awaitingInfo, escalated, oldestOpenAgeSeconds, slaBreaches, times);
    }

    /**
     * Handling-time percentiles in seconds; null when nothing was decided.
     *
     * @param decided closing decisions counted
     */
    public record HandlingTimes(long decided, Double p50Seconds, Double p90Seconds, Double p99Seconds) {

        public static final HandlingTimes NONE = new HandlingTimes(0, null, null, null);
    }
}
