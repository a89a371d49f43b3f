package dev.bulwark.classifier.hashbank;

import java.time.Instant;
import java.util.UUID;

/**
 * A curated list of hashes of known images of one policy category; while enabled, content whose
 * image matches one of them gets a signal in that category.
 *
 * @param name unique, lower-case; signal ids carry it ({@code hashbank:<name>:sha256})
 * @param sha256Count how many exact hashes it holds
 * @param pdqCount how many perceptual hashes it holds
 */
public record HashBank(UUID id, String name, String category, boolean enabled, String description,
        String createdBy, Instant createdAt, Instant updatedAt, long sha256Count, long pdqCount) {}
