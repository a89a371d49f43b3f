package dev.bulwark.classifier.hashbank;

/** What adding a batch did: hashes new to the bank, and hashes it held already (left as they were). */
public record AddedHashes(int added, int alreadyPresent) {}
