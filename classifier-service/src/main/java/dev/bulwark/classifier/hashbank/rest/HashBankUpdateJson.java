package dev.bulwark.classifier.hashbank.rest;

/** Fields of a bank to change; absent ones stay as they are. */
public record HashBankUpdateJson(Boolean enabled, String description) {}
