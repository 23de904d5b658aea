package org.mineaction.notification.welcome.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mineaction.notification.delivery.domain.EmailContent;

/**
 * The welcome e-mail to a new platform's contact, in English, French or Spanish, the working
 * languages of the Convention's meetings; any other language gets the English letter.
 */
public final class WelcomeLetter {

    public static final String FALLBACK_LANGUAGE = "en";

    private static final Map<String, Wording> WORDINGS = Map.of(
            "en", new Wording(
                    "Welcome to the Mine Action Platform Hub: {name}",
                    "Hello,",
                    "{name} ({country}) is now registered on the Mine Action Platform Hub, with this address as its contact.",
                    "Registered details", "Country code", "Working languages", "Time zone", "Registered on",
                    "Next steps: add the platform's members, then schedule its first meeting. Members receive "
                            + "invitations and reminders in their own language.",
                    "The Mine Action Platform Hub team",
                    "You receive this message because this address was given as the platform's contact when it was registered."),
            "fr", new Wording(
                    "Bienvenue sur le Mine Action Platform Hub : {name}",
                    "Bonjour,",
                    "La plateforme « {name} » ({country}) est désormais enregistrée sur le Mine Action Platform Hub, "
                            + "avec cette adresse comme contact.",
                    "Informations enregistrées", "Code pays", "Langues de travail", "Fuseau horaire",
                    "Date d'enregistrement",
                    "Prochaines étapes : ajoutez les membres de la plateforme, puis planifiez sa première réunion. "
                            + "Les membres reçoivent invitations et rappels dans leur propre langue.",
                    "L'équipe du Mine Action Platform Hub",
                    "Vous recevez ce message car cette adresse a été indiquée comme contact de la plateforme lors "
                            + "de son enregistrement."),
            "es", new Wording(
                    "Bienvenida al Mine Action Platform Hub: {name}",
                    "Hola:",
                    "La plataforma «{name}» ({country}) ya está registrada en el Mine Action Platform Hub, con esta "
                            + "dirección como contacto.",
                    "Datos registrados", "Código de país", "Idiomas de trabajo", "Zona horaria", "Fecha de registro",
                    "Próximos pasos: añada a los miembros de la plataforma y programe su primera reunión. Los miembros "
                            + "reciben invitaciones y recordatorios en su propio idioma.",
                    "El equipo del Mine Action Platform Hub",
                    "Recibe este mensaje porque esta dirección se indicó como contacto de la plataforma al registrarla."));

    private WelcomeLetter() {
    }

    /** The language the letter is written in for someone who asked for {@code requested} (e.g. "fr", "es-CO"). */
    public static String languageFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return FALLBACK_LANGUAGE;
        }
        String primary = requested.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return WORDINGS.containsKey(primary) ? primary : FALLBACK_LANGUAGE;
    }

    public static EmailContent compose(PlatformWelcome welcome) {
        String language = languageFor(welcome.contactLanguage());
        Wording wording = WORDINGS.get(language);
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> details = details(welcome, wording, locale);
        String subject = wording.subject().replace("{name}", welcome.platformName());
        return new EmailContent(subject, text(welcome, wording, details), html(welcome, wording, details, subject, language));
    }

    private static Map<String, String> details(PlatformWelcome welcome, Wording wording, Locale locale) {
        ZoneId zone = zoneOf(welcome.timeZone());
        String registeredOn = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(welcome.registeredAt()) + " (" + zone.getId() + ")";
        String languages = welcome.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "));
        // Insertion order is the order of the lines in the letter.
        Map<String, String> details = new LinkedHashMap<>();
        details.put(wording.countryLabel(), welcome.countryCode());
        if (!languages.isEmpty()) {
            details.put(wording.languagesLabel(), languages);
        }
        details.put(wording.timeZoneLabel(), welcome.timeZone());
        details.put(wording.registeredLabel(), registeredOn);
        return details;
    }

    private static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            // The letter still goes out; the registration time is then shown in UTC.
            return ZoneOffset.UTC;
        }
    }

    private static String text(PlatformWelcome welcome, Wording wording, Map<String, String> details) {
        StringBuilder text = new StringBuilder()
                .append(wording.greeting()).append("\n\n")
                .append(intro(wording, welcome.platformName(), welcome.countryCode())).append("\n\n")
                .append(wording.detailsHeading()).append(":\n");
        details.forEach((label, value) -> text.append("- ").append(label).append(": ").append(value).append('\n'));
        return text.append('\n')
                .append(wording.nextSteps()).append("\n\n")
                .append(wording.signOff()).append("\n\n")
                .append("-- \n")
                .append(wording.footer()).append('\n')
                .toString();
    }

    private static String html(PlatformWelcome welcome, Wording wording, Map<String, String> details, String subject,
            String language) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"").append(language).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(Html.escape(subject)).append("</title>\n</head>\n")
                .append("<body style=\"font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.5;\">\n")
                .append("<p>").append(Html.escape(wording.greeting())).append("</p>\n")
                .append("<p>").append(introHtml(wording, "<strong>" + Html.escape(welcome.platformName()) + "</strong>",
                        Html.escape(welcome.countryCode()))).append("</p>\n")
                .append("<h2 style=\"font-size: 1.1em;\">").append(Html.escape(wording.detailsHeading())).append("</h2>\n")
                .append("<table role=\"presentation\" style=\"border-collapse: collapse;\">\n");
        details.forEach((label, value) -> html
                .append("<tr><th scope=\"row\" style=\"text-align: left; padding: 0 1em 0 0;\">")
                .append(Html.escape(label)).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n"));
        return html.append("</table>\n")
                .append("<p>").append(Html.escape(wording.nextSteps())).append("</p>\n")
                .append("<p>").append(Html.escape(wording.signOff())).append("</p>\n")
                .append("<hr>\n<p style=\"font-size: 0.85em; color: #555555;\">").append(Html.escape(wording.footer()))
                .append("</p>\n</body>\n</html>\n")
                .toString();
    }

    private static String intro(Wording wording, String name, String country) {
        return wording.intro().replace("{country}", country).replace("{name}", name);
    }

    /** {@code nameHtml} and {@code countryHtml} are markup already: only the wording around them is escaped. */
    private static String introHtml(Wording wording, String nameHtml, String countryHtml) {
        return Html.escape(wording.intro()).replace("{country}", countryHtml).replace("{name}", nameHtml);
    }

    private record Wording(String subject, String greeting, String intro, String detailsHeading, String countryLabel,
            String languagesLabel, String timeZoneLabel, String registeredLabel, String nextSteps, String signOff,
            String footer) {
    }
}
