package dev.bulwark.classifier.hashbank.rest;

import java.util.List;

/** Every hash bank, by name. */
public record HashBankListJson(List<HashBankJson> banks) {}
