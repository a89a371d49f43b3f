package dev.bulwark.action.enforcement;

import java.util.UUID;

/** A validated request to reverse an action, with the reason kept for the audit log. */
public record RevertCommand(UUID actionId, String reason, String actor) {}
