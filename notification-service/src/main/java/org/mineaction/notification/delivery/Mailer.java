package org.mineaction.notification.delivery;

import org.mineaction.notification.delivery.domain.Notification;

/** Hands a notification to the mail server. */
public interface Mailer {

    /**
     * @throws MailerUnavailableException when the message was not even attempted
     * @throws DeliveryFailedException    when the mail server did not take it
     */
    void send(Notification notification);
}
