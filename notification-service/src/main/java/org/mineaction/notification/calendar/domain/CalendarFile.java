package org.mineaction.notification.calendar.domain;

/**
 * An iCalendar object ready to attach: its text and the MIME type with the method, which mail
 * clients read to offer "accept / decline" or to remove the entry.
 */
public record CalendarFile(String method, String uid, int sequence, String content) {

    public String contentType() {
        return "text/calendar; method=" + method + "; charset=UTF-8";
    }

    public String fileName() {
        return "CANCEL".equals(method) ? "cancel.ics" : "invite.ics";
    }
}
