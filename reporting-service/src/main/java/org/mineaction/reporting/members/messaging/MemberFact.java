package org.mineaction.reporting.members.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.reporting.members.domain.AgeGroup;
import org.mineaction.reporting.members.domain.Component;
import org.mineaction.reporting.members.domain.Demographics;
import org.mineaction.reporting.members.domain.Gender;
import org.mineaction.reporting.members.domain.MemberStatus;
import org.mineaction.reporting.members.domain.Participant;
import org.mineaction.reporting.members.domain.PlatformRole;
import org.mineaction.reporting.members.domain.StakeholderCategory;

/**
 * The fields of the public member events ({@code org.mineaction.platform.member.joined|updated|left|erased.v1},
 * one shape) the participation report counts; the organisation, language and anything else are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberFact(String memberId, String countryCode, StakeholderCategory stakeholderCategory, PlatformRole role,
        Set<Component> components, MemberStatus status, Declared demographics) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Declared(Gender gender, AgeGroup ageGroup, Boolean disability, Boolean survivor) {
    }

    public Participant toParticipant() {
        Demographics declared = demographics == null ? Demographics.NONE
                : new Demographics(demographics.gender(), demographics.ageGroup(), demographics.disability(),
                        demographics.survivor());
        return new Participant(memberId, new CountryCode(countryCode), stakeholderCategory, role, components, status,
                status == MemberStatus.ERASED ? Demographics.NONE : declared);
    }
}
