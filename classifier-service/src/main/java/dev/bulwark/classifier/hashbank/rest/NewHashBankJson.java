package dev.bulwark.classifier.hashbank.rest;

/** A bank to create; {@code enabled} defaults to true. */
public record NewHashBankJson(String name, String category, String description, Boolean enabled) {}
