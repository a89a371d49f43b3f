package dev.bulwark.cases.queue.rest;

/**
 * Backlog of one queue; {@code oldestOpenAgeSeconds} is null when the queue is empty. Handling times
 * (claim to closing decision) cover the last 24 hours and are null when nothing was decided.
 */
public record QueueBacklogJson(
        String queue,
        long open,
        long claimed,
        long awaitingInfo,
        long escalated,
        Long oldestOpenAgeSeconds,
        long slaBreaches,
        long decidedLastDay,
        Double handlingP50Seconds,
        Double handlingP90Seconds,
        Double handlingP99Seconds) {}
