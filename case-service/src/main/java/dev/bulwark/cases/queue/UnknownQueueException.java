package dev.bulwark.cases.queue;

/** The policy routes to no queue of that name (a 404 at the edge). */
public class UnknownQueueException extends RuntimeException {

    public UnknownQueueException() {
        super("the policy has no such queue");
    }
}
