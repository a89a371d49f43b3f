package dev.bulwark.cases.casefile;

/** A classifier's confidence that an item belongs to a policy category. */
public record Score(String name, double confidence) {}
