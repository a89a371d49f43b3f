package dev.bulwark.classifier.hashbank.rest;

/** How many hashes were new to the bank and how many it held already. */
public record AddedHashesJson(int added, int alreadyPresent) {}
