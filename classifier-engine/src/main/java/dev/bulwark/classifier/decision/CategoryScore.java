package dev.bulwark.classifier.decision;

import dev.bulwark.policy.Severity;

/** How strongly content matches one policy category, with the category's severity. */
public record CategoryScore(String category, double score, Severity severity) {}
