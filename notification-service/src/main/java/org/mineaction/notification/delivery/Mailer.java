package org.mineaction.notification.delivery;

import java.util.List;
import java.util.Map;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;

/** Hands notifications to the mail server. */
public interface Mailer {

    /**
     * @throws MailerUnavailableException when the message was not even attempted
     * @throws DeliveryFailedException    when the mail server did not take it
     */
    void send(Notification notification);

    /**
     * Sends a batch over one connection.
     *
     * @return the notifications the server did not take, with why; the others were taken
     * @throws MailerUnavailableException when none was attempted (the circuit is open)
     */
    Map<IdempotencyKey, DeliveryFailedException> sendAll(List<Notification> notifications);
}
