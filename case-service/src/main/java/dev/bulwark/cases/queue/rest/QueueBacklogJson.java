package dev.bulwark.cases.queue.rest;

/** Backlog of one queue; {@code oldestOpenAgeSeconds} is null when the queue is empty. */
public record QueueBacklogJson(String queue, long open, long claimed, Long oldestOpenAgeSeconds, long slaBreaches) {}
