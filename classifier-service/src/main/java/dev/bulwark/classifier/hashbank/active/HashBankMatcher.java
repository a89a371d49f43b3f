package dev.bulwark.classifier.hashbank.active;

import dev.bulwark.classifier.hashbank.HashKind;
import dev.bulwark.classifier.hashbank.persistence.HashEntryRepository;
import dev.bulwark.classifier.hashbank.persistence.HashEntryRepository.BankHashRow;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.classifier.signal.ImageSignalProvider;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.hashbank.BankHashes;
import dev.bulwark.classifier.signal.hashbank.HashBankIndex;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The hash banks as scoring sees them: an in-memory snapshot of every enabled bank's hashes, loaded
 * from PostgreSQL at start, reloaded after every change made through this replica and every 30 s
 * (bulwark.hash-banks.refresh-every) to pick up changes made through others.
 */
@ApplicationScoped
public class HashBankMatcher implements ImageSignalProvider {

    private static final Logger LOG = Logger.getLogger(HashBankMatcher.class);

    private final HashEntryRepository entries;
    private final int pdqThreshold;
    /** Loads are numbered as they start, so a slow old load never replaces a newer snapshot. */
    private final AtomicLong loadsStarted = new AtomicLong();
    private long installedLoad;
    private volatile HashBankIndex index = HashBankIndex.empty();

    public HashBankMatcher(HashEntryRepository entries, HashBankConfig config) {
        this.entries = entries;
        this.pdqThreshold = config.pdqThreshold();
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(this::refresh);
        LOG.infof("Hash banks loaded: %d hashes", index.size());
    }

    @Scheduled(every = "${bulwark.hash-banks.refresh-every:30s}", delayed = "${bulwark.hash-banks.refresh-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshPeriodically() {
        return refresh().onFailure().invoke(e -> LOG.warn("Hash banks could not be reloaded; matching goes on with the last snapshot", e));
    }

    /** Reloads the snapshot from the database. */
    public Uni<Void> refresh() {
        long load = loadsStarted.incrementAndGet();
        return Panache.withSession(entries::enabledHashes)
                .invoke(rows -> install(load, new HashBankIndex(toBanks(rows), pdqThreshold)))
                .replaceWithVoid();
    }

    /** Number of hashes in the current snapshot. */
    public int size() {
        return index.size();
    }

    @Override
    public String version() {
        return HashBankIndex.VERSION;
    }

    @Override
    public List<Signal> detect(List<ImageHashes> images) {
        return index.detect(images);
    }

    private synchronized void install(long load, HashBankIndex loaded) {
        if (load > installedLoad) {
            installedLoad = load;
            index = loaded;
        }
    }

    private static List<BankHashes> toBanks(List<BankHashRow> rows) {
        Map<String, BankBuilder> banks = new LinkedHashMap<>();
        for (BankHashRow row : rows) {
            BankBuilder bank = banks.computeIfAbsent(row.bankName(), name -> new BankBuilder(name, row.category()));
            if (row.kind() == HashKind.SHA256) {
                bank.sha256.add(row.hash());
            } else {
                bank.pdq.add(PdqHash.fromHex(row.hash()));
            }
        }
        return banks.values().stream().map(b -> new BankHashes(b.name, b.category, b.sha256, b.pdq)).toList();
    }

    private static final class BankBuilder {
        private final String name;
        private final String category;
        private final Set<String> sha256 = new HashSet<>();
        private final List<PdqHash> pdq = new ArrayList<>();

        private BankBuilder(String name, String category) {
            this.name = name;
            this.category = category;
        }
    }
}
