package org.mineaction.meeting.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

class KnownMemberTest {

    private static final CountryCode KHM = new CountryCode("KHM");

    private static KnownMember active() {
        return new KnownMember("m-1", KHM, "org-1", StakeholderCategory.NATIONAL_NGO, PlatformRole.MEMBER,
                EnumSet.of(Component.TECHNICAL, Component.PARTICIPATORY), "fr", MemberStatus.ACTIVE);
    }

    @Test
    void anErasedMemberKeepsOnlyIdCountryAndCategory() {
        KnownMember erased = KnownMember.erased("m-1", KHM, StakeholderCategory.NATIONAL_NGO);

        assertThat(erased).isEqualTo(new KnownMember("m-1", KHM, null, StakeholderCategory.NATIONAL_NGO, null,
                Set.of(), null, MemberStatus.ERASED));
        assertThat(erased.isErased()).isTrue();
        assertThatThrownBy(() -> new KnownMember("m-1", KHM, "org-1", StakeholderCategory.NATIONAL_NGO,
                PlatformRole.MEMBER, Set.of(), "fr", MemberStatus.ERASED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErasureIsFinal() {
        KnownMember erased = KnownMember.erased("m-1", KHM, StakeholderCategory.NATIONAL_NGO);

        assertThat(erased.mayBeReplacedBy(active())).isFalse();
        assertThat(erased.mayBeReplacedBy(KnownMember.erased("m-1", KHM, null))).isTrue();
        assertThat(active().mayBeReplacedBy(erased)).isTrue();
        assertThat(active().mayBeReplacedBy(active())).isTrue();
    }

    @Test
    void keepsAnImmutableCopyOfTheComponents() {
        Set<Component> components = EnumSet.of(Component.POLITICAL);
        KnownMember member = new KnownMember("m-1", KHM, "org-1", null, PlatformRole.LEAD, components, "en",
                MemberStatus.INVITED);
        components.add(Component.TECHNICAL);

        assertThat(member.components()).containsExactly(Component.POLITICAL);
        assertThat(new KnownMember("m-1", KHM, "org-1", null, PlatformRole.LEAD, null, "en", MemberStatus.INVITED)
                .components()).isEmpty();
    }

    @Test
    void refusesWhatTheCatalogueRefuses() {
        assertThatThrownBy(() -> new KnownMember("", KHM, "org-1", null, PlatformRole.MEMBER, Set.of(), "fr",
                MemberStatus.ACTIVE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownMember("x".repeat(65), KHM, "org-1", null, PlatformRole.MEMBER, Set.of(),
                "fr", MemberStatus.ACTIVE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownMember("m-1", KHM, null, null, PlatformRole.MEMBER, Set.of(), "fr",
                MemberStatus.ACTIVE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownMember("m-1", KHM, "org-1", null, null, Set.of(), "fr",
                MemberStatus.ACTIVE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new KnownMember("m-1", KHM, "org-1", null, PlatformRole.MEMBER, Set.of(), "french",
                MemberStatus.ACTIVE)).isInstanceOf(InvalidInputException.class);
    }
}
