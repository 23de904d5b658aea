package org.mineaction.reporting.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;

class ParticipationTest {

    private static final CountryCode KHM = new CountryCode("KHM");

    private static Participant member(String id, StakeholderCategory category, PlatformRole role,
            Set<Component> components, Demographics demographics) {
        return new Participant(id, KHM, category, role, components, MemberStatus.ACTIVE, demographics);
    }

    @Test
    void countsEveryMemberByCategoryRoleComponentAndDeclaredDemographics() {
        Participation participation = Participation.of(KHM, List.of(
                member("a", StakeholderCategory.NATIONAL_NGO, PlatformRole.MEMBER,
                        Set.of(Component.TECHNICAL, Component.PARTICIPATORY),
                        new Demographics(Gender.FEMALE, AgeGroup.AGE_25_39, null, true)),
                member("b", StakeholderCategory.NATIONAL_NGO, PlatformRole.LEAD, Set.of(Component.TECHNICAL),
                        new Demographics(Gender.MALE, null, true, null)),
                member("c", null, PlatformRole.OBSERVER, Set.of(), Demographics.NONE)));

        assertThat(participation.total()).isEqualTo(3);
        assertThat(participation.byStatus()).isEqualTo(Map.of(MemberStatus.ACTIVE, 3));
        assertThat(participation.byStakeholderCategory()).isEqualTo(Map.of(StakeholderCategory.NATIONAL_NGO, 2));
        assertThat(participation.withoutCategory()).isEqualTo(1);
        assertThat(participation.byRole()).isEqualTo(
                Map.of(PlatformRole.MEMBER, 1, PlatformRole.LEAD, 1, PlatformRole.OBSERVER, 1));
        assertThat(participation.byComponent()).isEqualTo(Map.of(Component.TECHNICAL, 2, Component.PARTICIPATORY, 1));
        assertThat(participation.byGender()).isEqualTo(Map.of(Gender.FEMALE, 1, Gender.MALE, 1));
        assertThat(participation.genderNotDeclared()).isEqualTo(1);
        assertThat(participation.byAgeGroup()).isEqualTo(Map.of(AgeGroup.AGE_25_39, 1));
        assertThat(participation.ageGroupNotDeclared()).isEqualTo(2);
        assertThat(participation.withDisability()).isEqualTo(1);
        assertThat(participation.survivors()).isEqualTo(1);
    }

    @Test
    void anErasedMemberStaysCountedByCategoryButNotByWhatTheyDeclared() {
        Participant declared = member("a", StakeholderCategory.UN_AGENCY, PlatformRole.MEMBER,
                Set.of(Component.POLITICAL), new Demographics(Gender.FEMALE, AgeGroup.UNDER_25, true, true));
        Participation before = Participation.of(KHM, List.of(declared));
        Participation after = Participation.of(KHM, List.of(declared.erased()));

        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.byStakeholderCategory()).isEqualTo(before.byStakeholderCategory());
        assertThat(after.byRole()).isEqualTo(before.byRole());
        assertThat(after.byComponent()).isEqualTo(before.byComponent());
        assertThat(after.byStatus()).isEqualTo(Map.of(MemberStatus.ERASED, 1));
        assertThat(after.byGender()).isEmpty();
        assertThat(after.genderNotDeclared()).isEqualTo(1);
        assertThat(after.withDisability()).isZero();
        assertThat(after.survivors()).isZero();
    }

    @Test
    void anErasureIsFinalAndHoldsNothingSelfDeclared() {
        Participant active = member("a", StakeholderCategory.UN_AGENCY, PlatformRole.MEMBER, Set.of(),
                new Demographics(Gender.FEMALE, null, null, null));
        Participant erased = active.erased();

        assertThat(erased.demographics()).isEqualTo(Demographics.NONE);
        assertThat(erased.stakeholderCategory()).isEqualTo(StakeholderCategory.UN_AGENCY);
        assertThat(erased.mayBeReplacedBy(active)).isFalse();
        assertThat(active.mayBeReplacedBy(erased)).isTrue();
        assertThatThrownBy(() -> new Participant("a", KHM, null, PlatformRole.MEMBER, Set.of(), MemberStatus.ERASED,
                new Demographics(Gender.MALE, null, null, null))).isInstanceOf(IllegalArgumentException.class);
    }
}
