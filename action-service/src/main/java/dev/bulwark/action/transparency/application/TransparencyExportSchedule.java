package dev.bulwark.action.transparency.application;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the export on a schedule while it is on: new actions get statements, due ones are sent. */
@ApplicationScoped
public class TransparencyExportSchedule {

    private final TransparencyExporter exporter;
    private final TransparencySettings settings;

    public TransparencyExportSchedule(TransparencyExporter exporter, TransparencySettings settings) {
        this.exporter = exporter;
        this.settings = settings;
    }

    @Scheduled(every = "${bulwark.action.transparency.export-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> export() {
        return settings.enabled() ? exporter.run().replaceWithVoid() : Uni.createFrom().voidItem();
    }
}
