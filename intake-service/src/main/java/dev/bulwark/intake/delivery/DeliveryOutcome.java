package dev.bulwark.intake.delivery;

import java.util.Optional;

/** What a receiver answered: the case an item joined, or the action taken. */
public record DeliveryOutcome(Optional<String> caseId, Optional<String> actionId) {

    public static DeliveryOutcome caseOpened(String caseId) {
        return new DeliveryOutcome(Optional.of(caseId), Optional.empty());
    }

    /** The receiver took the delivery; nothing about it belongs on the submission or report. */
    public static DeliveryOutcome noted() {
        return new DeliveryOutcome(Optional.empty(), Optional.empty());
    }

    public static DeliveryOutcome actionTaken(String actionId) {
        return new DeliveryOutcome(Optional.empty(), Optional.of(actionId));
    }
}
