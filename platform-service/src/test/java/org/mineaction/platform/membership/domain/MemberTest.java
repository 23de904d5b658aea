package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.ConflictException;

class MemberTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-24T10:00:00Z");

    private static Member invited() {
        MemberProfile profile = MemberProfile.validate(new MemberProfile.Draft("Sophea Chan", "org-1", "MEMBER", null,
                "sophea@ngo.example.org", "+85512345678", "fr", null, null, "FEMALE", "UNDER_25", false, true),
                MemberProfileTest.CAMBODIA);
        return Member.invite(MemberProfileTest.CAMBODIA.country(), profile, new Consent(T0, "2026-1"), T0);
    }

    @Test
    void aNewMemberIsInvited() {
        Member member = invited();

        assertThat(member.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(member.invitedAt()).isEqualTo(T0);
        assertThat(member.activate(T1).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void leavingTwiceChangesNothing() {
        Member left = invited().leave(T1);

        assertThat(left.status()).isEqualTo(MemberStatus.LEFT);
        assertThat(left.leftAt()).isEqualTo(T1);
        assertThat(left.leave(T1.plusSeconds(60))).isSameAs(left);
    }

    @Test
    void erasureRemovesPersonalDataAndKeepsWhatAggregatesNeed() {
        Member erased = invited().erase(T1);

        assertThat(erased.status()).isEqualTo(MemberStatus.ERASED);
        assertThat(erased.profile().name()).isEqualTo("(erased)");
        assertThat(erased.profile().email()).isNull();
        assertThat(erased.profile().phone()).isNull();
        assertThat(erased.profile().demographics().isEmpty()).isTrue();
        assertThat(erased.consent()).isNull();
        assertThat(erased.profile().organisationId()).isEqualTo("org-1");
        assertThat(erased.profile().role()).isEqualTo(PlatformRole.MEMBER);
        assertThat(erased.erase(T1.plusSeconds(1))).isSameAs(erased);
    }

    @Test
    void anErasedMemberCannotChange() {
        Member erased = invited().erase(T1);

        assertThatThrownBy(() -> erased.update(invited().profile(), null, T1)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> erased.leave(T1)).isInstanceOf(ConflictException.class);
    }
}
