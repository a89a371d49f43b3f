package dev.bulwark.action.standing.application;

import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.enforcement.persistence.StrikeRepository;
import dev.bulwark.action.enforcement.Ladder;
import dev.bulwark.action.rest.ActionPage;
import dev.bulwark.action.rest.PageCursor;
import dev.bulwark.action.standing.Standing;
import dev.bulwark.action.standing.StandingProjection;
import dev.bulwark.action.standing.SubjectHistory;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Reads a subject's actions and strikes and projects its standing; joins the caller's session or
 * transaction when there is one, so a use case sees its own writes.
 */
@ApplicationScoped
public class StandingService {

    private final EnforcementActionRepository actions;
    private final StrikeRepository strikes;
    private final ActivePolicies policies;

    public StandingService(EnforcementActionRepository actions, StrikeRepository strikes, ActivePolicies policies) {
        this.actions = actions;
        this.strikes = strikes;
        this.policies = policies;
    }

    /**
     * The subject's standing; for an account or API key, seen with its organisation's (the one the
     * caller names, else the one its latest action recorded).
     */
    public Uni<Standing> standing(Subject subject, Instant now) {
        // Standing is read under the policy in force: its strike window says which strikes still count.
        StandingProjection projection = new StandingProjection(new Ladder(policies.active().policy()).strikeWindow());
        return Panache.withSession(() -> own(subject, projection, now).chain(own -> {
            if (subject.kind() == SubjectKind.ORGANIZATION) {
                return Uni.createFrom().item(own);
            }
            Uni<String> organization = subject.organizationId() != null
                    ? Uni.createFrom().item(subject.organizationId())
                    : actions.organizationOf(subject);
            return organization.chain(id -> id == null
                    ? Uni.createFrom().item(own)
                    : own(Subject.of(SubjectKind.ORGANIZATION, id), projection, now).map(own::under));
        }));
    }

    private Uni<Standing> own(Subject subject, StandingProjection projection, Instant now) {
        Instant warningCutoff = now.minus(projection.strikeWindow());
        return actions.possiblyInForce(subject, now, warningCutoff)
                .chain(inForce -> strikes.unreverted(subject)
                        .map(unreverted -> projection.project(subject, inForce, unreverted, now)));
    }

    /** The standing with the most recent actions, newest first. */
    public Uni<SubjectHistory> history(Subject subject, Instant now) {
        return Panache.withSession(() -> standing(subject, now)
                .chain(standing -> actions.recent(subject, SubjectHistory.MAX_ACTIONS)
                        .map(recent -> new SubjectHistory(standing, recent))));
    }

    /**
     * One page of every action the subject ever had, newest first, whatever became of it.
     *
     * @param before where the previous page ended; null for the first page
     */
    public Uni<ActionPage> actions(Subject subject, PageCursor before, int size) {
        // One more than asked for tells whether another page follows.
        return Panache.withSession(() -> before == null
                        ? actions.history(subject, null, null, size + 1)
                        : actions.history(subject, before.createdAt(), before.id(), size + 1))
                .map(rows -> ActionPage.of(rows, size));
    }
}
