package org.mineaction.platform.membership;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberProfile;
import org.mineaction.platform.membership.domain.QuietHours;
import org.mineaction.platform.membership.persistence.MemberDocument;
import org.mineaction.platform.membership.persistence.MemberRepository;
import org.springframework.stereotype.Service;

/**
 * What a person does about themselves (/api/v1/me): see and edit their own profile and
 * notification preferences on each platform they belong to, export everything held about them,
 * erase themselves. The person is the token's subject, a member id; their other memberships are
 * those with the same e-mail address. Only the fields a person may set about themselves are read:
 * organisation, role, components, e-mail, country and status stay as the platform set them.
 */
@Service
public class SelfService {

    private final Membership membership;
    private final MemberRepository members;

    SelfService(Membership membership, MemberRepository members) {
        this.membership = membership;
        this.members = members;
    }

    /** What a person may change about themselves; null fields are cleared or defaulted as in an invitation. */
    public record ProfileDraft(String name, String phone, String language, String timeZone, String gender,
            String ageGroup, Boolean disability, Boolean survivor) {
    }

    /** The person's memberships, not erased, oldest first; 404 when the subject is no member (a machine client). */
    public List<Member> memberships(String subject) {
        Member self = members.findById(subject == null ? "" : subject).map(MemberDocument::toMember)
                .filter(member -> !member.isErased() && member.profile().email() != null)
                .orElseThrow(() -> new NotFoundException("You are no member of any platform"));
        return members.findByEmailKey(self.profile().email().key()).stream().map(MemberDocument::toMember)
                .filter(member -> !member.isErased())
                .sorted(Comparator.comparing(Member::invitedAt).thenComparing(Member::id)).toList();
    }

    public Member updateProfile(String subject, String memberId, Long version, ProfileDraft draft) {
        Member own = own(subject, memberId);
        MemberProfile current = own.profile();
        MemberProfile.Draft full = new MemberProfile.Draft(draft.name(), current.organisationId(),
                current.role().name(), current.components().stream().map(Enum::name).toList(),
                current.email().value(), draft.phone(), draft.language(), draft.timeZone(),
                current.preferences().asNames(), draft.gender(), draft.ageGroup(), draft.disability(),
                draft.survivor());
        return membership.update(own.country().value(), own.id(), version, full, null);
    }

    /** Replaces the person's notification choices; critical messages stay on whatever is asked. */
    public Member updatePreferences(String subject, String memberId, Long version, Map<String, List<String>> chosen,
            String quietFrom, String quietTo) {
        Member own = own(subject, memberId);
        QuietHours quiet = QuietHours.parse(quietFrom, quietTo);
        return membership.updatePreferences(own.country().value(), own.id(), version, chosen, quiet);
    }

    /** Everything held about the person, on every platform they belong to. */
    public List<MemberExport> export(String subject) {
        return memberships(subject).stream()
                .map(member -> membership.export(member.country().value(), member.id())).toList();
    }

    /** Erases the person on every platform; their sign-in goes with the last membership. */
    public void eraseSelf(String subject) {
        for (Member member : memberships(subject)) {
            membership.erase(member.country().value(), member.id());
        }
    }

    private Member own(String subject, String memberId) {
        return memberships(subject).stream().filter(member -> member.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such membership of yours"));
    }
}
