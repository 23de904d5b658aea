package org.mineaction.platform.identity.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mineaction.platform.identity.domain.Invitation;

/**
 * The server-rendered pages of an invitation: the set-password form and what follows it. Every
 * value from outside is escaped; the pages load no script and no other resource.
 */
final class InvitationPage {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private InvitationPage() {
    }

    static String form(String token, Invitation invitation, String csrfParameter, String csrfToken, String error) {
        StringBuilder body = new StringBuilder()
                .append("<h1>Join the ").append(escape(invitation.country().value()))
                .append(" National Mine Action Platform</h1>\n")
                .append("<p>You are invited as <strong>").append(escape(roleName(invitation))).append("</strong>")
                .append(" with the address <strong>").append(escape(invitation.email())).append("</strong>.</p>\n")
                .append("<p>Choose a password of at least 12 characters to accept. This link works once and expires on ")
                .append(escape(EXPIRY.format(invitation.expiresAt()))).append(".</p>\n");
        if (error != null) {
            body.append("<p role=\"alert\" class=\"error\">").append(escape(error)).append("</p>\n");
        }
        body.append("<form method=\"post\" action=\"/invitations/").append(escape(token)).append("\">\n")
                .append("<input type=\"hidden\" name=\"").append(escape(csrfParameter)).append("\" value=\"")
                .append(escape(csrfToken)).append("\">\n")
                .append("<p><label for=\"password\">Password</label><br>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" ")
                .append("minlength=\"12\" maxlength=\"128\" required></p>\n")
                .append("<p><label for=\"confirmation\">Password again</label><br>")
                .append("<input id=\"confirmation\" name=\"confirmation\" type=\"password\" autocomplete=\"new-password\" ")
                .append("minlength=\"12\" maxlength=\"128\" required></p>\n")
                .append("<p><button type=\"submit\">Accept the invitation</button></p>\n")
                .append("</form>\n");
        return page("Accept your invitation", body.toString());
    }

    static String accepted() {
        return page("Invitation accepted", "<h1>Your account is ready</h1>\n"
                + "<p>You can now <a href=\"/login\">sign in</a> with your e-mail address and the password you chose.</p>\n");
    }

    static String unknown() {
        return page("Invitation not valid", "<h1>This invitation link is not valid</h1>\n"
                + "<p>It may have been replaced by a newer invitation, or mistyped. Use the link in the most recent "
                + "invitation e-mail, or ask your platform's secretariat to invite you again.</p>\n");
    }

    static String refused(Invitation.Refusal refusal) {
        return refusal == Invitation.Refusal.EXPIRED
                ? page("Invitation expired", "<h1>This invitation has expired</h1>\n"
                        + "<p>Ask your platform's secretariat to invite you again; the new e-mail has a fresh link.</p>\n")
                : page("Invitation already used", "<h1>This invitation has already been used</h1>\n"
                        + "<p>If you accepted it, <a href=\"/login\">sign in</a> with your e-mail address and password.</p>\n");
    }

    private static String roleName(Invitation invitation) {
        return switch (invitation.role()) {
            case LEAD -> "lead";
            case SECRETARIAT -> "secretariat";
            case CHAMPION -> "champion donor";
            case MEMBER -> "member";
            case OBSERVER -> "observer";
        };
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + escape(title) + " - Mine Action Platform Hub</title>\n"
                + "<style>body{font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:2em auto;padding:0 1em;"
                + "line-height:1.5;color:#1a1a1a}.error{color:#a61b1b;font-weight:bold}input{font-size:1em;"
                + "padding:.4em;width:100%;box-sizing:border-box}button{font-size:1em;padding:.5em 1.2em}</style>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
