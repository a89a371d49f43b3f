package dev.bulwark.policy;

/**
 * Score thresholds of one category on one surface.
 *
 * @param review score from which content goes to review
 * @param block score from which content is blocked
 * @param autoEnforce whether a block also enforces on the author without a person
 */
public record Threshold(double review, double block, boolean autoEnforce) {}
