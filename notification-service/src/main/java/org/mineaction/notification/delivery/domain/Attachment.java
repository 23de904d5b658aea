package org.mineaction.notification.delivery.domain;

import java.util.Objects;

/** A file sent with an e-mail, e.g. the meeting's iCalendar ({@code text/calendar; method=REQUEST}). */
public record Attachment(String fileName, String contentType, String content) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
