package dev.bulwark.classifier.hashbank.rest;

import java.util.List;

/** Hashes to add to a bank: {@code kind} is SHA256 or PDQ, {@code hash} 64 hex digits. */
public record NewHashesJson(List<NewHashJson> hashes) {

    /** One hash to add; label and source are optional. */
    public record NewHashJson(String kind, String hash, String label, String source) {}
}
