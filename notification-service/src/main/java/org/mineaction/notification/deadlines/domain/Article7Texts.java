package org.mineaction.notification.deadlines.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.notification.delivery.domain.LetterTemplate;

/**
 * The Article 7 reminders, in English, French and Spanish (any other language gets English).
 * Placeholders: {@code {platform}}, {@code {year}} (the year reported on), {@code {deadline}},
 * {@code {days}}.
 */
public final class Article7Texts {

    public static final String REMINDER = "article7-reminder";
    public static final String OVERDUE = "article7-overdue";

    private static final Map<String, Map<String, LetterTemplate>> TEXTS = Map.of(
            REMINDER, Map.of(
                    "en", new LetterTemplate("Article 7 report for {year} due on {deadline}", List.of(
                            "The Article 7 transparency report of {platform} for {year} is due on {deadline}, in "
                                    + "{days} days, and has not been submitted yet.",
                            "Please make sure the information on your platform's obligations is up to date."),
                            null, "Article 7 report {year} of {platform} due {deadline} ({days} days)."),
                    "fr", new LetterTemplate("Rapport au titre de l'article 7 pour {year} attendu le {deadline}", List.of(
                            "Le rapport de transparence au titre de l'article 7 de {platform} pour {year} est "
                                    + "attendu le {deadline}, dans {days} jours, et n'a pas encore été soumis.",
                            "Merci de vérifier que les informations sur les obligations de votre plateforme sont à "
                                    + "jour."),
                            null, "Rapport art. 7 {year} de {platform} attendu le {deadline} ({days} j)."),
                    "es", new LetterTemplate("Informe del artículo 7 de {year}: plazo el {deadline}", List.of(
                            "El informe de transparencia del artículo 7 de {platform} correspondiente a {year} debe "
                                    + "presentarse el {deadline}, dentro de {days} días, y aún no se ha presentado.",
                            "Le rogamos que compruebe que la información sobre las obligaciones de su plataforma "
                                    + "está actualizada."),
                            null, "Informe art. 7 {year} de {platform}: plazo {deadline} ({days} días).")),
            OVERDUE, Map.of(
                    "en", new LetterTemplate("Article 7 report for {year} overdue", List.of(
                            "The Article 7 transparency report of {platform} for {year} was due on {deadline} and "
                                    + "has not been submitted.",
                            "As lead or champion of the platform, please see that it is submitted without delay."),
                            null, "Article 7 report {year} of {platform} overdue since {deadline}."),
                    "fr", new LetterTemplate("Rapport au titre de l'article 7 pour {year} en retard", List.of(
                            "Le rapport de transparence au titre de l'article 7 de {platform} pour {year} était "
                                    + "attendu le {deadline} et n'a pas été soumis.",
                            "En tant que chef de file ou champion de la plateforme, merci de veiller à ce qu'il "
                                    + "soit soumis sans délai."),
                            null, "Rapport art. 7 {year} de {platform} en retard depuis le {deadline}."),
                    "es", new LetterTemplate("Informe del artículo 7 de {year} atrasado", List.of(
                            "El informe de transparencia del artículo 7 de {platform} correspondiente a {year} "
                                    + "debía presentarse el {deadline} y no se ha presentado.",
                            "Como líder o campeón de la plataforma, le rogamos que se asegure de que se presente "
                                    + "sin demora."),
                            null, "Informe art. 7 {year} de {platform} atrasado desde el {deadline}.")));

    private Article7Texts() {
    }

    public static LetterTemplate of(String kind, String language) {
        return TEXTS.get(kind).getOrDefault(language, TEXTS.get(kind).get(LetterTemplate.FALLBACK_LANGUAGE));
    }

    public static String languageFor(String requested) {
        return LetterTemplate.languageFor(requested, Set.of("en", "fr", "es"));
    }
}
