package dev.bulwark.cases.access;

/** The caller may not work the queue it asked for. */
public class QueueAccessDeniedException extends RuntimeException {

    public QueueAccessDeniedException() {
        super("queue is not assigned to the caller");
    }
}
