package org.mineaction.meeting.members.persistence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.chassis.projection.StampedDocument;
import org.mineaction.meeting.members.domain.Component;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.members.domain.MemberStatus;
import org.mineaction.meeting.members.domain.PlatformRole;
import org.mineaction.meeting.members.domain.StakeholderCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * meeting-service's replica of a member, one document per member id; {@code lastEvent*} decide
 * whether a later event may replace it. Null fields are not written, so an erased member's document
 * holds nothing but its id, country, category and status.
 */
@Document(KnownMemberDocument.COLLECTION)
record KnownMemberDocument(@Id String memberId, @Indexed String countryCode, String organisationId,
        String stakeholderCategory, String role, List<String> components, String language, String status,
        Instant lastEventTime, String lastEventId) implements StampedDocument {

    static final String COLLECTION = "known_members";

    static KnownMemberDocument of(KnownMember member, EventStamp stamp) {
        List<String> components = member.components().isEmpty() ? null
                : member.components().stream().map(Enum::name).sorted().toList();
        return new KnownMemberDocument(member.memberId(), member.countryCode().value(), member.organisationId(),
                nameOf(member.stakeholderCategory()), nameOf(member.role()), components, member.language(),
                member.status().name(), stamp.time(), stamp.eventId());
    }

    KnownMember toMember() {
        Set<Component> held = components == null ? Set.of()
                : EnumSet.copyOf(components.stream().map(Component::valueOf).toList());
        return new KnownMember(memberId, new CountryCode(countryCode), organisationId,
                stakeholderCategory == null ? null : StakeholderCategory.valueOf(stakeholderCategory),
                role == null ? null : PlatformRole.valueOf(role), held, language, MemberStatus.valueOf(status));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
