package org.mineaction.platform.membership.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.mineaction.platform.membership.domain.Demographics;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.Organisation;

/**
 * The public fact about a member, for every service (schemas member-joined/updated/left/erased.v1.json):
 * ids, organisation, role and what aggregates need. Never a name, never contact data.
 *
 * @param demographics what the member declared, for aggregate reporting only; absent when nothing was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberFactV1(String memberId, String countryCode, String organisationId, String stakeholderCategory,
        String role, List<String> components, String language, String status, Instant occurredAt,
        DemographicsV1 demographics) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DemographicsV1(String gender, String ageGroup, Boolean disability, Boolean survivor) {

        static DemographicsV1 of(Demographics demographics) {
            return demographics.isEmpty() ? null : new DemographicsV1(name(demographics.gender()),
                    name(demographics.ageGroup()), demographics.disability(), demographics.survivor());
        }
    }

    static MemberFactV1 of(Member member, Organisation organisation, Instant occurredAt) {
        return new MemberFactV1(member.id(), member.country().value(), member.profile().organisationId(),
                organisation == null ? null : organisation.category().name(), member.profile().role().name(),
                member.profile().components().stream().sorted().map(Enum::name).toList(),
                member.profile().language().code(), member.status().name(), occurredAt,
                DemographicsV1.of(member.profile().demographics()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
