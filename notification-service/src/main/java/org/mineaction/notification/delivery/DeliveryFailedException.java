package org.mineaction.notification.delivery;

/** The mail server did not take a message; {@code permanent} when sending it again cannot help. */
public class DeliveryFailedException extends RuntimeException {

    private final boolean permanent;

    public DeliveryFailedException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
