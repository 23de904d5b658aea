package org.mineaction.notification.invitation.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.mineaction.notification.delivery.domain.EmailContent;

/**
 * The e-mail inviting a member to accept and set a password, in English, French or Spanish (any
 * other language gets English), with the expiry in the member's own time zone. The link is in both
 * the plain-text and the HTML part.
 */
public final class InvitationLetter {

    public static final String FALLBACK_LANGUAGE = "en";

    private static final Map<String, Wording> WORDINGS = Map.of(
            "en", new Wording(
                    "Invitation to join {platform}",
                    "Hello,",
                    "You are invited to join {platform} on the Mine Action Platform Hub as {role}.",
                    "To accept, open this link and choose your password:",
                    "Accept the invitation",
                    "The link works once and expires on {expiry}.",
                    "If you did not expect this invitation, ignore this message: nothing happens until the link is used.",
                    Map.of("LEAD", "lead", "SECRETARIAT", "secretariat", "CHAMPION", "champion donor",
                            "MEMBER", "member", "OBSERVER", "observer")),
            "fr", new Wording(
                    "Invitation à rejoindre {platform}",
                    "Bonjour,",
                    "Vous êtes invité(e) à rejoindre {platform} sur le Mine Action Platform Hub en tant que {role}.",
                    "Pour accepter, ouvrez ce lien et choisissez votre mot de passe :",
                    "Accepter l'invitation",
                    "Le lien ne fonctionne qu'une fois et expire le {expiry}.",
                    "Si vous n'attendiez pas cette invitation, ignorez ce message : rien ne se passe tant que le lien "
                            + "n'est pas utilisé.",
                    Map.of("LEAD", "chef de file", "SECRETARIAT", "secrétariat", "CHAMPION", "donateur champion",
                            "MEMBER", "membre", "OBSERVER", "observateur")),
            "es", new Wording(
                    "Invitación a unirse a {platform}",
                    "Hola:",
                    "Le invitamos a unirse a {platform} en el Mine Action Platform Hub como {role}.",
                    "Para aceptar, abra este enlace y elija su contraseña:",
                    "Aceptar la invitación",
                    "El enlace funciona una sola vez y caduca el {expiry}.",
                    "Si no esperaba esta invitación, ignore este mensaje: no ocurre nada mientras no se use el enlace.",
                    Map.of("LEAD", "líder", "SECRETARIAT", "secretaría", "CHAMPION", "donante campeón",
                            "MEMBER", "miembro", "OBSERVER", "observador")));

    private InvitationLetter() {
    }

    /** The language the letter is written in for someone who asked for {@code requested} (e.g. "fr", "es-CO"). */
    public static String languageFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return FALLBACK_LANGUAGE;
        }
        String primary = requested.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return WORDINGS.containsKey(primary) ? primary : FALLBACK_LANGUAGE;
    }

    public static EmailContent compose(MemberInvitation invitation) {
        String language = languageFor(invitation.language());
        Wording wording = WORDINGS.get(language);
        ZoneId zone = zoneOf(invitation.timeZone());
        String expiry = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(zone).format(invitation.expiresAt())
                + " (" + zone.getId() + ")";
        String role = wording.roles().getOrDefault(invitation.role(), invitation.role().toLowerCase(Locale.ROOT));
        String subject = wording.subject().replace("{platform}", invitation.platformName());
        String intro = wording.intro().replace("{role}", role);
        String url = invitation.invitationUrl();

        String text = wording.greeting() + "\n\n"
                + intro.replace("{platform}", invitation.platformName()) + "\n\n"
                + wording.action() + "\n" + url + "\n\n"
                + wording.expiry().replace("{expiry}", expiry) + "\n\n"
                + "-- \n" + wording.footer() + "\n";

        String html = "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                + escape(subject) + "</title>\n</head>\n"
                + "<body style=\"font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.5;\">\n"
                + "<p>" + escape(wording.greeting()) + "</p>\n"
                + "<p>" + escape(intro).replace(escape("{platform}"),
                        "<strong>" + escape(invitation.platformName()) + "</strong>") + "</p>\n"
                + "<p>" + escape(wording.action()) + "</p>\n"
                + "<p><a href=\"" + escape(url) + "\" style=\"display: inline-block; padding: 0.6em 1.2em; "
                + "background: #0b5394; color: #ffffff; text-decoration: none;\">" + escape(wording.button())
                + "</a></p>\n"
                + "<p style=\"font-size: 0.9em;\">" + escape(url) + "</p>\n"
                + "<p>" + escape(wording.expiry().replace("{expiry}", expiry)) + "</p>\n"
                + "<hr>\n<p style=\"font-size: 0.85em; color: #555555;\">" + escape(wording.footer()) + "</p>\n"
                + "</body>\n</html>\n";
        return new EmailContent(subject, text, html);
    }

    private static ZoneId zoneOf(String timeZone) {
        try {
            return timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            // The invitation still goes out; the expiry is then shown in UTC.
            return ZoneOffset.UTC;
        }
    }

    static String escape(String value) {
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

    private record Wording(String subject, String greeting, String intro, String action, String button, String expiry,
            String footer, Map<String, String> roles) {
    }
}
