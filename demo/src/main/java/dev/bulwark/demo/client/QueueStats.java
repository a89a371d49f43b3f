package dev.bulwark.demo.client;

/** A review queue's backlog; {@code oldestOpenAgeSeconds} is null when nothing is open. */
public record QueueStats(String queue, long open, long claimed, Long oldestOpenAgeSeconds, long slaBreaches) {}
