package org.mineaction.reporting.members.persistence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.reporting.members.domain.AgeGroup;
import org.mineaction.reporting.members.domain.Component;
import org.mineaction.reporting.members.domain.Demographics;
import org.mineaction.reporting.members.domain.Gender;
import org.mineaction.reporting.members.domain.MemberStatus;
import org.mineaction.reporting.members.domain.Participant;
import org.mineaction.reporting.members.domain.PlatformRole;
import org.mineaction.reporting.members.domain.StakeholderCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One member's categories, keyed by member id so a replayed event replaces rather than adds; the
 * report aggregates them on read. Null fields are not written, so an erased member's document holds
 * no self-declared data.
 */
@Document(ParticipantDocument.COLLECTION)
record ParticipantDocument(@Id String memberId, @Indexed String countryCode, String stakeholderCategory, String role,
        List<String> components, String status, String gender, String ageGroup, Boolean disability, Boolean survivor,
        Instant lastEventTime, String lastEventId) implements StampedDocument {

    static final String COLLECTION = "participants";

    static ParticipantDocument of(Participant p, EventStamp stamp) {
        Demographics d = p.demographics();
        return new ParticipantDocument(p.memberId(), p.countryCode().value(), nameOf(p.stakeholderCategory()),
                p.role().name(), p.components().isEmpty() ? null
                        : p.components().stream().map(Enum::name).sorted().toList(),
                p.status().name(), nameOf(d.gender()), nameOf(d.ageGroup()), d.disability(), d.survivor(),
                stamp.time(), stamp.eventId());
    }

    Participant toParticipant() {
        Set<Component> held = components == null ? Set.of()
                : EnumSet.copyOf(components.stream().map(Component::valueOf).toList());
        return new Participant(memberId, new CountryCode(countryCode),
                stakeholderCategory == null ? null : StakeholderCategory.valueOf(stakeholderCategory),
                PlatformRole.valueOf(role), held, MemberStatus.valueOf(status),
                new Demographics(gender == null ? null : Gender.valueOf(gender),
                        ageGroup == null ? null : AgeGroup.valueOf(ageGroup), disability, survivor));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
