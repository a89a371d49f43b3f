package dev.bulwark.policy;

import java.util.List;

/** A review queue, the categories routed to it and how soon its cases are due. */
public record Queue(String id, int slaMinutes, List<String> categories) {}
