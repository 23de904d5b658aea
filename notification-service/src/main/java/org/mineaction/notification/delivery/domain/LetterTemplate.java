package org.mineaction.notification.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The wording of one kind of message in one language, with {@code {name}} placeholders: a subject,
 * paragraphs, an optional button (a link), and the short SMS text. {@link #email} renders the plain
 * text and HTML parts (values HTML-escaped), with a greeting and a footer in the same language.
 */
public record LetterTemplate(String subject, List<String> paragraphs, String button, String sms) {

    public static final String FALLBACK_LANGUAGE = "en";
    private static final Map<String, String[]> FRAME = Map.of(
            "en", new String[] {"Hello,", "This message was sent by the Mine Action Platform Hub."},
            "fr", new String[] {"Bonjour,", "Ce message vous est envoyé par le Mine Action Platform Hub."},
            "es", new String[] {"Hola:", "Este mensaje le ha sido enviado por el Mine Action Platform Hub."});

    public LetterTemplate {
        Objects.requireNonNull(subject, "subject");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(sms, "sms");
    }

    /** The language to write in for someone who asked for {@code requested} ("fr", "es-CO", ...), among {@code available}. */
    public static String languageFor(String requested, Set<String> available) {
        if (requested == null || requested.isBlank()) {
            return FALLBACK_LANGUAGE;
        }
        String primary = requested.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return available.contains(primary) ? primary : FALLBACK_LANGUAGE;
    }

    /** A moment as the member reads it: a long date and the time in their zone, and the zone's name. */
    public static String localTime(Instant at, ZoneId zone, String language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(zone).format(at) + " (" + zone.getId() + ")";
    }

    /** A day as the member reads it. */
    public static String localDate(LocalDate day, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language))
                .format(day);
    }

    public EmailContent email(String language, Map<String, String> values, String url) {
        String[] frame = FRAME.getOrDefault(language, FRAME.get(FALLBACK_LANGUAGE));
        String title = fill(subject, values, false);
        List<String> text = new ArrayList<>();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language)
                .append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(escape(title))
                .append("</title>\n</head>\n<body style=\"font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; ")
                .append("line-height: 1.5;\">\n<p>").append(escape(frame[0])).append("</p>\n");
        text.add(frame[0]);
        for (String paragraph : paragraphs) {
            text.add(fill(paragraph, values, false));
            html.append("<p>").append(fill(paragraph, values, true)).append("</p>\n");
        }
        if (url != null && button != null) {
            text.add(fill(button, values, false) + ":\n" + url);
            html.append("<p><a href=\"").append(escape(url)).append("\" style=\"display: inline-block; padding: ")
                    .append("0.6em 1.2em; background: #0b5394; color: #ffffff; text-decoration: none;\">")
                    .append(fill(button, values, true)).append("</a></p>\n<p style=\"font-size: 0.9em;\">")
                    .append(escape(url)).append("</p>\n");
        }
        text.add("-- \n" + frame[1]);
        html.append("<hr>\n<p style=\"font-size: 0.85em; color: #555555;\">").append(escape(frame[1]))
                .append("</p>\n</body>\n</html>\n");
        return new EmailContent(title, String.join("\n\n", text) + "\n", html.toString());
    }

    /** The SMS text, the link appended when there is one. */
    public String sms(Map<String, String> values, String url) {
        String text = fill(sms, values, false);
        return url == null ? text : text + " " + url;
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        String filled = html ? escape(template) : template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String replacement = value.getValue() == null ? "" : value.getValue();
            filled = filled.replace("{" + value.getKey() + "}", html ? escape(replacement) : replacement);
        }
        return filled;
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
}
