package dev.bulwark.action.notification;

/** What a receiver's answer means for a webhook delivery. */
public enum DeliveryVerdict {
    /** 2xx: accepted; never sent again. */
    DELIVERED,
    /** 5xx, 408, 429, timeouts and connection failures: tried again later, until the attempts run out. */
    RETRY,
    /** Any other status: the receiver refuses it, and would refuse it again. */
    REJECTED;

    public static DeliveryVerdict of(int status) {
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        return status >= 500 || status == 408 || status == 429 ? RETRY : REJECTED;
    }
}
