package dev.bulwark.cases.note;

import dev.bulwark.cases.access.QueueAccess;
import java.util.Set;

/**
 * Who may write notes: reviewers on cases of the queues they work; senior reviewers, QA and policy
 * admins on every case they read. Auditors never write anything, notes included.
 */
public final class NoteAuthors {

    private static final Set<String> NOTE_EVERY_READABLE_CASE =
            Set.of(QueueAccess.SENIOR_REVIEWER, QueueAccess.QA, QueueAccess.POLICY_ADMIN);

    private NoteAuthors() {}

    public static boolean mayWrite(QueueAccess access, String queue) {
        if (!access.mayRead(queue)) {
            return false;
        }
        return access.roles().stream().anyMatch(NOTE_EVERY_READABLE_CASE::contains) || access.mayWork(queue);
    }
}
