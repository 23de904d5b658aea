package org.mineaction.notification.recipients.domain;

import java.util.Objects;
import org.mineaction.notification.delivery.domain.Attachment;
import org.mineaction.notification.delivery.domain.EmailContent;

/**
 * One message rendered for one member, in their language and time zone: the e-mail, the short SMS
 * text, and the file for the e-mail (the meeting's iCalendar) if any.
 */
public record Letter(String language, EmailContent email, String sms, Attachment attachment) {

    public Letter {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(sms, "sms");
    }
}
