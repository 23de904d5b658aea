package org.mineaction.meeting.outcomes.domain;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;
import org.mineaction.meeting.shared.domain.Objective;

/**
 * A decision, challenge, need or priority recorded against a meeting, tagged by objective. The
 * {@code topic} is a short label the platform reuses for the same subject; its key counts recurrences.
 *
 * @param attribution who raised it (an organisation, a speaker); left out of Chatham House exports
 * @param carriedToArticle7 a challenge or need carried into the Article 7 report
 */
public record Outcome(String id, String country, String meetingId, OutcomeKind kind, Objective objective,
        String topic, String text, String attribution, boolean carriedToArticle7, String recordedBy,
        Instant recordedAt, Instant changedAt) {

    public Outcome {
        Checks.required("kind", kind);
        Checks.required("objective", objective);
        topic = Checks.text("topic", topic, 80);
        if (topicKey(topic).isEmpty()) {
            throw new InvalidInputException("topic", "needs at least one letter or digit");
        }
        text = Checks.text("text", text, 5000);
        attribution = Checks.optionalText("attribution", attribution, 200);
        if (carriedToArticle7 && kind != OutcomeKind.CHALLENGE && kind != OutcomeKind.NEED) {
            throw new InvalidInputException("carriedToArticle7", "only challenges and needs go into the Article 7 report");
        }
    }

    public Outcome revise(Objective newObjective, String newTopic, String newText, String newAttribution,
            boolean carried, Instant now) {
        return new Outcome(id, country, meetingId, kind, newObjective, newTopic, newText, newAttribution, carried,
                recordedBy, recordedAt, now);
    }

    /** A stable slug of the topic: the same label (whatever its case or accents) is the same subject. */
    public String topicKey() {
        return topicKey(topic);
    }

    static String topicKey(String topic) {
        String ascii = Normalizer.normalize(topic, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
