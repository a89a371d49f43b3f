package dev.bulwark.action.approval.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which actions wait for a second person, and who may approve or reject them. */
@ConfigMapping(prefix = "bulwark.action.approval")
public interface ApprovalConfig {

    /** Whether any action waits for approval; when false every action takes effect at once. */
    @WithDefault("true")
    boolean enabled();

    /** The actions that wait, as {@code SUBJECT_KIND:ACTION_TYPE}; by default every ban. */
    @WithDefault("ORGANIZATION:BAN,ACCOUNT:BAN")
    List<String> requiredFor();

    /** Realm roles that may list, approve and reject pending actions. */
    @WithDefault("senior-reviewer,policy-admin")
    List<String> approverRoles();

    /** How often the pending-approvals gauge is refreshed from the database. */
    @WithDefault("30s")
    String gaugeEvery();
}
