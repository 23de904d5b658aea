package org.mineaction.platform.membership.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberProfile;

/**
 * A member as shown to the platform's lead and secretariat and to the member themself; other
 * members of the platform see it {@link #withoutPersonalDetails() without contact data}.
 */
record MemberResponse(String id, String countryCode, String name, String organisationId, String role,
        List<String> components, String email, String phone, String language, String timeZone,
        Map<String, List<String>> notificationPreferences, QuietHoursResponse quietHours, ConsentResponse consent, DemographicsResponse demographics,
        String status, Instant invitedAt, Instant updatedAt, Instant leftAt, Instant erasedAt, Long version) {

    record QuietHoursResponse(String from, String to) {
    }

    record ConsentResponse(Instant givenAt, String textVersion) {
    }

    record DemographicsResponse(String gender, String ageGroup, Boolean disability, Boolean survivor) {
    }

    /** For fellow members: who, where and in which role, but no contact data, preferences, consent or demographics. */
    MemberResponse withoutPersonalDetails() {
        return new MemberResponse(id, countryCode, name, organisationId, role, components, null, null, language,
                timeZone, null, null, null, null, status, invitedAt, updatedAt, leftAt, erasedAt, version);
    }

    static MemberResponse of(Member member) {
        MemberProfile profile = member.profile();
        var demographics = profile.demographics();
        return new MemberResponse(member.id(), member.country().value(), profile.name(), profile.organisationId(),
                profile.role().name(), profile.components().stream().sorted().map(Enum::name).toList(),
                profile.email() == null ? null : profile.email().value(),
                profile.phone() == null ? null : profile.phone().e164(), profile.language().code(),
                profile.timeZone().getId(), profile.preferences().asNames(),
                profile.preferences().quietHours() == null ? null : new QuietHoursResponse(
                        profile.preferences().quietHours().fromText(), profile.preferences().quietHours().toText()),
                member.consent() == null ? null
                        : new ConsentResponse(member.consent().givenAt(), member.consent().textVersion()),
                new DemographicsResponse(demographics.gender() == null ? null : demographics.gender().name(),
                        demographics.ageGroup() == null ? null : demographics.ageGroup().name(),
                        demographics.disability(), demographics.survivor()),
                member.status().name(), member.invitedAt(), member.updatedAt(), member.leftAt(), member.erasedAt(),
                member.version());
    }
}
