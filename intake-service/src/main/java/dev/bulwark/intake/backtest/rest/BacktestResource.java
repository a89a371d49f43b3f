package dev.bulwark.intake.backtest.rest;

import dev.bulwark.intake.backtest.BacktestRefused;
import dev.bulwark.intake.backtest.BacktestTally;
import dev.bulwark.intake.backtest.persistence.BacktestEntity;
import dev.bulwark.intake.backtest.service.BacktestJobs;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Backtests for policy administrators: how many stored decisions of a time window a policy version
 * would change, by category and outcome. Starting one answers 202 at once; the job is polled for
 * progress and results.
 */
@Path("/v1/backtests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("policy-admin")
public class BacktestResource {

    /** Body of a new backtest: the policy version and the window [from, to) of submissions (ISO-8601). */
    public record BacktestRequest(String version, String from, String to) {}

    /** A backtest job as callers see it. */
    public record BacktestView(UUID id, String version, OffsetDateTime from, OffsetDateTime to, String status,
            long total, long processed, BacktestTally.Result results, String error, String requestedBy,
            OffsetDateTime createdAt, OffsetDateTime finishedAt) {

        static BacktestView of(BacktestEntity job) {
            return new BacktestView(job.id, job.policyVersion, job.windowFrom, job.windowTo, job.status.name(), job.total,
                    job.processed, job.results, job.error, job.requestedBy, job.createdAt, job.finishedAt);
        }
    }

    private final BacktestJobs jobs;
    private final SecurityIdentity identity;

    public BacktestResource(BacktestJobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    public Uni<RestResponse<BacktestView>> start(BacktestRequest body) {
        if (body == null || body.version() == null || body.version().isBlank()) {
            throw new BacktestRefused("version", "is required");
        }
        OffsetDateTime from = instant("from", body.from());
        OffsetDateTime to = instant("to", body.to());
        return jobs.start(body.version(), from, to, identity.getPrincipal().getName())
                .map(job -> RestResponse.ResponseBuilder.create(Response.Status.ACCEPTED, BacktestView.of(job))
                        .location(URI.create("/v1/backtests/" + job.id))
                        .build());
    }

    @GET
    @Path("/{id}")
    public Uni<BacktestView> get(@PathParam("id") UUID id) {
        return jobs.find(id).map(job -> {
            if (job == null) {
                throw new NotFoundException("no backtest has this id");
            }
            return BacktestView.of(job);
        });
    }

    private static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BacktestRefused(field, "is required (ISO-8601, e.g. 2026-11-26T00:00:00Z)");
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BacktestRefused(field, "is not an ISO-8601 date-time with offset");
        }
    }
}
