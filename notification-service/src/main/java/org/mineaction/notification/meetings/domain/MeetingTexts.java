package org.mineaction.notification.meetings.domain;

import java.util.List;
import java.util.Map;
import org.mineaction.notification.delivery.domain.LetterTemplate;

/**
 * The wording of every message about meetings, minutes and action points, in English, French and
 * Spanish; any other language gets English. Placeholders: {@code {title}} (the meeting), {@code {time}}
 * (a moment in the member's zone), {@code {place}}, {@code {date}}, {@code {action}} (an action
 * point), {@code {due}} (its due date).
 */
public final class MeetingTexts {

    public static final String INVITATION = "meeting-invitation";
    public static final String UPDATE = "meeting-update";
    public static final String CANCELLATION = "meeting-cancellation";
    public static final String REMINDER = "meeting-reminder";
    public static final String MINUTES_CIRCULATED = "minutes-circulated";
    public static final String MINUTES_OVERDUE = "minutes-overdue";
    public static final String ACTION_POINT_ASSIGNED = "action-point-assigned";
    public static final String ACTION_POINT_DUE_SOON = "action-point-due-soon";
    public static final String ACTION_POINT_OVERDUE = "action-point-overdue";

    private static final Map<String, Map<String, LetterTemplate>> TEXTS = Map.of(
            INVITATION, Map.of(
                    "en", new LetterTemplate("Invitation: {title}, {date}", List.of(
                            "You are invited to {title} on {time}.", "Place: {place}",
                            "The calendar entry is attached. Please tell us whether you will attend."),
                            "Reply to the invitation", "Invitation: {title}, {time}. Reply:"),
                    "fr", new LetterTemplate("Invitation : {title}, {date}", List.of(
                            "Vous êtes invité(e) à {title} le {time}.", "Lieu : {place}",
                            "L'entrée de calendrier est jointe. Merci de nous dire si vous serez présent(e)."),
                            "Répondre à l'invitation", "Invitation : {title}, {time}. Réponse :"),
                    "es", new LetterTemplate("Invitación: {title}, {date}", List.of(
                            "Le invitamos a {title} el {time}.", "Lugar: {place}",
                            "Adjuntamos la entrada de calendario. Indíquenos si asistirá."),
                            "Responder a la invitación", "Invitación: {title}, {time}. Responda:")),
            UPDATE, Map.of(
                    "en", new LetterTemplate("Meeting moved: {title}, now {date}", List.of(
                            "{title} has been moved. It now takes place on {time}.", "Place: {place}",
                            "The attached calendar entry replaces the previous one."),
                            "Reply to the invitation", "Moved: {title} now {time}."),
                    "fr", new LetterTemplate("Réunion déplacée : {title}, désormais le {date}", List.of(
                            "{title} a été déplacée. Elle a désormais lieu le {time}.", "Lieu : {place}",
                            "L'entrée de calendrier jointe remplace la précédente."),
                            "Répondre à l'invitation", "Déplacée : {title}, désormais le {time}."),
                    "es", new LetterTemplate("Reunión aplazada: {title}, ahora el {date}", List.of(
                            "{title} ha cambiado de fecha. Ahora tendrá lugar el {time}.", "Lugar: {place}",
                            "La entrada de calendario adjunta sustituye a la anterior."),
                            "Responder a la invitación", "Cambio: {title} ahora el {time}.")),
            CANCELLATION, Map.of(
                    "en", new LetterTemplate("Meeting cancelled: {title}", List.of(
                            "{title}, planned on {time}, is cancelled.",
                            "The attached calendar message removes it from your calendar."),
                            null, "Cancelled: {title} of {time}."),
                    "fr", new LetterTemplate("Réunion annulée : {title}", List.of(
                            "{title}, prévue le {time}, est annulée.",
                            "Le message de calendrier joint la retire de votre agenda."),
                            null, "Annulée : {title} du {time}."),
                    "es", new LetterTemplate("Reunión cancelada: {title}", List.of(
                            "{title}, prevista el {time}, queda cancelada.",
                            "El mensaje de calendario adjunto la elimina de su agenda."),
                            null, "Cancelada: {title} del {time}.")),
            REMINDER, Map.of(
                    "en", new LetterTemplate("Reminder: {title}, {date}", List.of(
                            "A reminder that {title} takes place on {time}.", "Place: {place}"),
                            "Reply to the invitation", "Reminder: {title}, {time}, {place}."),
                    "fr", new LetterTemplate("Rappel : {title}, {date}", List.of(
                            "Pour rappel, {title} a lieu le {time}.", "Lieu : {place}"),
                            "Répondre à l'invitation", "Rappel : {title}, {time}, {place}."),
                    "es", new LetterTemplate("Recordatorio: {title}, {date}", List.of(
                            "Le recordamos que {title} tendrá lugar el {time}.", "Lugar: {place}"),
                            "Responder a la invitación", "Recordatorio: {title}, {time}, {place}.")),
            MINUTES_CIRCULATED, Map.of(
                    "en", new LetterTemplate("Minutes approved: {title}", List.of(
                            "The minutes of {title}, held on {date}, have been approved and are now available.",
                            "They include the action points agreed at the meeting."),
                            "Read the minutes", "Minutes of {title} approved:"),
                    "fr", new LetterTemplate("Compte rendu approuvé : {title}", List.of(
                            "Le compte rendu de {title}, tenue le {date}, a été approuvé et est disponible.",
                            "Il comprend les points à traiter convenus lors de la réunion."),
                            "Lire le compte rendu", "Compte rendu de {title} approuvé :"),
                    "es", new LetterTemplate("Acta aprobada: {title}", List.of(
                            "El acta de {title}, celebrada el {date}, ha sido aprobada y está disponible.",
                            "Incluye los puntos de acción acordados en la reunión."),
                            "Leer el acta", "Acta de {title} aprobada:")),
            MINUTES_OVERDUE, Map.of(
                    "en", new LetterTemplate("Minutes not yet submitted: {title}", List.of(
                            "{title} was held on {date}. Seven days later its minutes have not been submitted.",
                            "Please draft and submit them so they can be approved and circulated."),
                            null, "Minutes of {title} ({date}) not yet submitted."),
                    "fr", new LetterTemplate("Compte rendu non encore soumis : {title}", List.of(
                            "{title} s'est tenue le {date}. Sept jours plus tard, son compte rendu n'a pas été soumis.",
                            "Merci de le rédiger et de le soumettre pour qu'il soit approuvé et diffusé."),
                            null, "Compte rendu de {title} ({date}) non soumis."),
                    "es", new LetterTemplate("Acta aún no presentada: {title}", List.of(
                            "{title} se celebró el {date}. Siete días después, su acta no ha sido presentada.",
                            "Le rogamos que la redacte y la presente para que pueda aprobarse y difundirse."),
                            null, "Acta de {title} ({date}) aún no presentada.")),
            ACTION_POINT_ASSIGNED, Map.of(
                    "en", new LetterTemplate("Action point assigned to you: {action}", List.of(
                            "You have been assigned the action point \"{action}\" (meeting: {title}).",
                            "It is due on {due}."),
                            null, "Action point for you: {action}, due {due}."),
                    "fr", new LetterTemplate("Point à traiter qui vous est attribué : {action}", List.of(
                            "Le point à traiter « {action} » vous a été attribué (réunion : {title}).",
                            "Échéance : {due}."),
                            null, "Point à traiter : {action}, échéance {due}."),
                    "es", new LetterTemplate("Punto de acción asignado: {action}", List.of(
                            "Se le ha asignado el punto de acción «{action}» (reunión: {title}).",
                            "Vence el {due}."),
                            null, "Punto de acción: {action}, vence el {due}.")),
            ACTION_POINT_DUE_SOON, Map.of(
                    "en", new LetterTemplate("Action point due on {due}: {action}", List.of(
                            "The action point \"{action}\" assigned to you is due on {due}.",
                            "Please complete it or update its status."),
                            null, "Due {due}: {action}."),
                    "fr", new LetterTemplate("Point à traiter à échéance le {due} : {action}", List.of(
                            "Le point à traiter « {action} » qui vous est attribué arrive à échéance le {due}.",
                            "Merci de le terminer ou de mettre à jour son état."),
                            null, "Échéance {due} : {action}."),
                    "es", new LetterTemplate("Punto de acción que vence el {due}: {action}", List.of(
                            "El punto de acción «{action}» que se le asignó vence el {due}.",
                            "Le rogamos que lo complete o actualice su estado."),
                            null, "Vence el {due}: {action}.")),
            ACTION_POINT_OVERDUE, Map.of(
                    "en", new LetterTemplate("Action point overdue: {action}", List.of(
                            "The action point \"{action}\" assigned to you was due on {due} and is not done yet.",
                            "Please complete it or update its status."),
                            null, "Overdue since {due}: {action}."),
                    "fr", new LetterTemplate("Point à traiter en retard : {action}", List.of(
                            "Le point à traiter « {action} » qui vous est attribué était dû le {due} et n'est pas "
                                    + "encore terminé.",
                            "Merci de le terminer ou de mettre à jour son état."),
                            null, "En retard depuis le {due} : {action}."),
                    "es", new LetterTemplate("Punto de acción vencido: {action}", List.of(
                            "El punto de acción «{action}» que se le asignó venció el {due} y aún no está terminado.",
                            "Le rogamos que lo complete o actualice su estado."),
                            null, "Vencido desde el {due}: {action}.")));

    private MeetingTexts() {
    }

    /** The wording of {@code kind} in {@code language} (already chosen with {@link #languageFor}). */
    public static LetterTemplate of(String kind, String language) {
        Map<String, LetterTemplate> byLanguage = TEXTS.get(kind);
        if (byLanguage == null) {
            throw new IllegalArgumentException("No wording for " + kind);
        }
        return byLanguage.getOrDefault(language, byLanguage.get(LetterTemplate.FALLBACK_LANGUAGE));
    }

    public static String languageFor(String requested) {
        return LetterTemplate.languageFor(requested, java.util.Set.of("en", "fr", "es"));
    }
}
