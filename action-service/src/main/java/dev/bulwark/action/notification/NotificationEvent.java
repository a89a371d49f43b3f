package dev.bulwark.action.notification;

/** What a notification announces, with the event type receivers see in the webhook body. */
public enum NotificationEvent {
    ENFORCED("action.enforced"),
    REVERTED("action.reverted");

    private final String wireName;

    NotificationEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
