package org.mineaction.platform.obligations.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mineaction.platform.obligations.domain.Article5;
import org.mineaction.platform.obligations.domain.Article5Extension;
import org.mineaction.platform.obligations.domain.ConventionObligations;
import org.mineaction.platform.obligations.domain.IndividualisedApproachSession;

/** A country's obligations as a snapshot (schema platform-obligation-changed.v1.json). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationChangedV1(String countryCode, LocalDate entryIntoForce, LocalDate article7InitialDueDate,
        Article5V1 article5, List<SessionV1> individualisedApproachSessions, long version, Instant occurredAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Article5V1(LocalDate originalDeadline, LocalDate currentDeadline, List<ExtensionV1> extensions,
            LocalDate completedOn) {

        static Article5V1 of(Article5 article5) {
            return article5 == null ? null : new Article5V1(article5.originalDeadline(), article5.currentDeadline(),
                    article5.extensions().stream().map(ExtensionV1::of).toList(), article5.completedOn());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExtensionV1(LocalDate previousDeadline, LocalDate newDeadline, LocalDate grantedOn,
            String decidedBy) {

        static ExtensionV1 of(Article5Extension extension) {
            return new ExtensionV1(extension.previousDeadline(), extension.newDeadline(), extension.grantedOn(),
                    extension.decidedBy());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionV1(String sessionId, LocalDate heldOn, String title, String meetingId) {

        static SessionV1 of(IndividualisedApproachSession session) {
            return new SessionV1(session.sessionId(), session.heldOn(), session.title(), session.meetingId());
        }
    }

    static ObligationChangedV1 of(String country, ConventionObligations obligations, long version, Instant occurredAt) {
        return new ObligationChangedV1(country, obligations.entryIntoForce(), obligations.article7InitialDueDate(),
                Article5V1.of(obligations.article5()), obligations.sessions().stream().map(SessionV1::of).toList(),
                version, occurredAt);
    }
}
