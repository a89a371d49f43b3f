package dev.bulwark.intake.backtest.persistence;

import dev.bulwark.intake.backtest.BacktestStatus;
import dev.bulwark.intake.backtest.BacktestTally;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One backtest job: what it evaluates, how far it got and what it found so far. */
@Entity
@Table(name = "backtests")
public class BacktestEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(name = "window_from", nullable = false)
    public OffsetDateTime windowFrom;

    @Column(name = "window_to", nullable = false)
    public OffsetDateTime windowTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BacktestStatus status;

    /** Submissions in the window when the job started. */
    @Column(nullable = false)
    public long total;

    @Column(nullable = false)
    public long processed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public BacktestTally.Result results;

    public String error;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
