package dev.bulwark.cases.cluster;

import dev.bulwark.cases.casefile.InvalidInputException;

/**
 * A validated request for the open clusters, highest priority first, then oldest.
 *
 * @param queue only this queue; null for all the caller may read
 */
public record ClusterListQuery(String queue, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static ClusterListQuery parse(String queue, String limit) {
        int size = parseLimit(limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be an integer between 1 and " + MAX_LIMIT);
        }
        return new ClusterListQuery(queue == null || queue.isBlank() ? null : queue, size);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
