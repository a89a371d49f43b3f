package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.ApprovalRules;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The approval rules of the configuration; a malformed entry fails the start. */
public class ApprovalRulesProducer {

    @Produces
    @Singleton
    ApprovalRules rules(ApprovalConfig config) {
        return config.enabled() ? new ApprovalRules(config.requiredFor(), config.approverRoles()) : ApprovalRules.none();
    }
}
