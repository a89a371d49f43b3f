package dev.bulwark.classifier.decision;

/**
 * Why a category contributed to the decision.
 *
 * @param verdict the verdict this category alone gives
 * @param threshold the threshold its score reached; 0 where the sexual/minors rule decided below any
 *     threshold (any signal goes to review, a hash-bank match blocks)
 * @param autoEnforce whether the policy lets this BLOCK enforce without a person (never for REVIEW)
 */
public record Reason(String category, Verdict verdict, double score, double threshold, boolean autoEnforce) {}
