package org.mineaction.notification.delivery;

import java.time.Duration;

/** The mail server is known to be down (the circuit is open): nothing was attempted. */
public class MailerUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public MailerUnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
