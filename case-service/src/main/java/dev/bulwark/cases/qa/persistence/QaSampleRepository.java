package dev.bulwark.cases.qa.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads and writes QA samples, keyed by their QA case. */
@ApplicationScoped
public class QaSampleRepository implements PanacheRepositoryBase<QaSampleEntity, UUID> {}
