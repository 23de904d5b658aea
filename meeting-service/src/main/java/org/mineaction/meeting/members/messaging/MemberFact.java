package org.mineaction.meeting.members.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.meeting.members.domain.Component;
import org.mineaction.meeting.members.domain.KnownMember;
import org.mineaction.meeting.members.domain.MemberStatus;
import org.mineaction.meeting.members.domain.PlatformRole;
import org.mineaction.meeting.members.domain.StakeholderCategory;

/**
 * The fields of the public member events ({@code org.mineaction.platform.member.joined|updated|left|erased.v1},
 * one shape) that meetings need; demographics and anything else are ignored, never stored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MemberFact(String memberId, String countryCode, String organisationId,
        StakeholderCategory stakeholderCategory, PlatformRole role, Set<Component> components, String language,
        MemberStatus status) {

    KnownMember toKnownMember() {
        return new KnownMember(memberId, new CountryCode(countryCode), organisationId, stakeholderCategory, role,
                components, language, status);
    }

    /** What meetings may keep of a member whose personal data was erased, whatever else the event carries. */
    KnownMember toErasedMember() {
        return KnownMember.erased(memberId, new CountryCode(countryCode), stakeholderCategory);
    }
}
