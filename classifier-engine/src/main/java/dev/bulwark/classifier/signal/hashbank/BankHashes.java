package dev.bulwark.classifier.signal.hashbank;

import dev.bulwark.classifier.image.PdqHash;
import java.util.List;
import java.util.Set;

/**
 * The hashes of one enabled bank, as matching needs them.
 *
 * @param name the bank's unique name, which signal ids carry
 * @param category the policy category a match counts towards
 * @param sha256 lower-case hex SHA-256 digests of known images
 * @param pdq PDQ hashes of known images
 */
public record BankHashes(String name, String category, Set<String> sha256, List<PdqHash> pdq) {

    public BankHashes {
        sha256 = Set.copyOf(sha256);
        pdq = List.copyOf(pdq);
    }
}
