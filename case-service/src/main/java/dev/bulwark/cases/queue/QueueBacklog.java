package dev.bulwark.cases.queue;

/**
 * Backlog of one queue at a moment.
 *
 * @param open cases a reviewer can claim now (waiting, or leased with an expired lease)
 * @param claimed cases under an unexpired lease
 * @param oldestOpenAgeSeconds age of the oldest case not yet closed; null when there is none
 * @param slaBreaches cases not closed whose SLA is already due
 */
public record QueueBacklog(String queue, long open, long claimed, Long oldestOpenAgeSeconds, long slaBreaches) {

    public static QueueBacklog empty(String queue) {
        return new QueueBacklog(queue, 0, 0, null, 0);
    }
}
