package dev.bulwark.classifier.hashbank.service;

import dev.bulwark.classifier.hashbank.AddedImage;
import dev.bulwark.classifier.hashbank.FieldViolation;
import dev.bulwark.classifier.hashbank.HashBankRules;
import dev.bulwark.classifier.hashbank.HashKind;
import dev.bulwark.classifier.hashbank.ImageTooLargeException;
import dev.bulwark.classifier.hashbank.InvalidHashBankRequestException;
import dev.bulwark.classifier.hashbank.NewHashEntry;
import dev.bulwark.classifier.hashbank.active.HashBankConfig;
import dev.bulwark.classifier.image.ImageFingerprint;
import dev.bulwark.classifier.image.ImageFingerprinter;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Adds an image to a bank by its hashes: SHA-256 of the bytes and, when the image has enough
 * structure to be trusted, PDQ of its pixels. The image itself is never stored. Decoding and hashing
 * (tens of milliseconds for a photo) run on a worker thread; the database work returns to the
 * request's event loop, where the reactive session lives.
 */
@ApplicationScoped
public class HashBankImages {

    private final ImageFingerprinter fingerprinter = new ImageFingerprinter();
    private final HashBankAdmin admin;
    private final HashBankConfig config;

    public HashBankImages(HashBankAdmin admin, HashBankConfig config) {
        this.admin = admin;
        this.config = config;
    }

    public Uni<AddedImage> add(UUID bankId, byte[] image, String label, String source, String by) {
        HashBankRules.checkImageLabels(label, source);
        if (image == null || image.length == 0) {
            throw new InvalidHashBankRequestException(List.of(
                    new FieldViolation("body", "must be the bytes of a PNG, JPEG, BMP or GIF image")));
        }
        if (image.length > config.maxImageBytes()) {
            throw new ImageTooLargeException(config.maxImageBytes());
        }
        Context requestContext = Vertx.currentContext();
        return Uni.createFrom().item(() -> fingerprinter.fingerprint(image))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .chain(fingerprint -> {
                    boolean trustPdq = fingerprint.pdq().quality() >= config.minPdqQuality();
                    return admin.add(bankId, entries(fingerprint, trustPdq, label, source), by)
                            .map(result -> new AddedImage(fingerprint.sha256(), fingerprint.pdq().hash().hex(),
                                    fingerprint.pdq().quality(), trustPdq, result));
                });
    }

    private static List<NewHashEntry> entries(ImageFingerprint fingerprint, boolean trustPdq, String label, String source) {
        String cleanLabel = HashBankRules.blankToNull(label);
        String cleanSource = HashBankRules.blankToNull(source);
        List<NewHashEntry> entries = new ArrayList<>();
        entries.add(new NewHashEntry(HashKind.SHA256, fingerprint.sha256(), cleanLabel, cleanSource));
        if (trustPdq) {
            entries.add(new NewHashEntry(HashKind.PDQ, fingerprint.pdq().hash().hex(), cleanLabel, cleanSource));
        }
        return entries;
    }
}
