package org.mineaction.notification.delivery.domain;

/** A rendered message in one language: both a plain-text and an HTML body, for every kind of mail reader. */
public record EmailContent(String subject, String text, String html) {

    public EmailContent {
        if (subject == null || subject.isBlank() || text == null || text.isBlank() || html == null || html.isBlank()) {
            throw new IllegalArgumentException("A message needs a subject, a text and an HTML body");
        }
        // The subject goes into a header: a line break from user input must not start a new one.
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
