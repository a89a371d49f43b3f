package dev.bulwark.demo.client;

/** A review queue's counts. */
public record QueueStats(String queue, long open, long claimed, long oldestOpenAgeSeconds, long slaBreaches) {}
