package org.mineaction.notification.unsubscribe.domain;

/**
 * The two ways RFC 2369 and RFC 8058 offer to unsubscribe from a message: an https URL the mail
 * client POSTs {@code List-Unsubscribe=One-Click} to, and a mailto for clients that only do mail.
 */
public record UnsubscribeLinks(String url, String mailto) {

    /** The {@code List-Unsubscribe} header value: https first, as RFC 8058 one-click uses it. */
    public String listUnsubscribe() {
        return "<" + url + ">, <" + mailto + ">";
    }

    /** The {@code List-Unsubscribe-Post} header value of RFC 8058. */
    public static String listUnsubscribePost() {
        return "List-Unsubscribe=One-Click";
    }
}
