package dev.bulwark.classifier.hashbank;

/** A bank to create; {@link HashBankRules#check(NewHashBank, java.util.Set)} validates it. */
public record NewHashBank(String name, String category, String description, boolean enabled) {}
