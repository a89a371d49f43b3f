package dev.bulwark.action.transparency.application;

/**
 * What one export run did.
 *
 * @param created statements built (PENDING): for new actions, or BLOCKED ones whose category is mapped now
 * @param blocked new actions whose statement could not be built (BLOCKED)
 * @param submitted statements the Transparency Database now holds
 * @param failed statements it refused for their content (FAILED)
 * @param withdrawn statements not sent because their action was reverted
 * @param deferred statements left PENDING for a later attempt
 * @param calls batches posted
 */
public record ExportReport(int created, int blocked, int submitted, int failed, int withdrawn, int deferred,
        int calls) {

    static final ExportReport NONE = new ExportReport(0, 0, 0, 0, 0, 0, 0);

    ExportReport plus(ExportReport other) {
        return new ExportReport(created + other.created, blocked + other.blocked, submitted + other.submitted,
                failed + other.failed, withdrawn + other.withdrawn, deferred + other.deferred, calls + other.calls);
    }
}
