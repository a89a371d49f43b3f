package dev.bulwark.cases.qa;

import java.util.Optional;
import java.util.UUID;

/**
 * What became of an automatic enforcement offered for QA.
 *
 * @param qaCase the QA case checking it; empty when it was not sampled
 * @param replayed the offer had been received before; it is answered as it was then
 */
public record OfferResult(Optional<UUID> qaCase, boolean replayed) {}
