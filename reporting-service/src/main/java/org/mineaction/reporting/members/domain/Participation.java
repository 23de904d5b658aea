package org.mineaction.reporting.members.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.mineaction.chassis.domain.CountryCode;

/**
 * How many members a platform has counted by stakeholder category, role, component and status, and
 * by self-declared gender and age group: aggregates only, computed on read from the per-member
 * categories, so a replayed event cannot count anyone twice.
 *
 * <p>Everyone who ever joined is counted (see {@link #byStatus} for who is still active), erased
 * members included: by category, role and component as before their erasure, as "not declared" in
 * the demographic breakdowns. A member without a category counts in {@link #withoutCategory}.
 */
public record Participation(CountryCode countryCode, int total, Map<MemberStatus, Integer> byStatus,
        Map<StakeholderCategory, Integer> byStakeholderCategory, int withoutCategory, Map<PlatformRole, Integer> byRole,
        Map<Component, Integer> byComponent, Map<Gender, Integer> byGender, int genderNotDeclared,
        Map<AgeGroup, Integer> byAgeGroup, int ageGroupNotDeclared, int withDisability, int survivors) {

    public Participation {
        byStatus = Map.copyOf(byStatus);
        byStakeholderCategory = Map.copyOf(byStakeholderCategory);
        byRole = Map.copyOf(byRole);
        byComponent = Map.copyOf(byComponent);
        byGender = Map.copyOf(byGender);
        byAgeGroup = Map.copyOf(byAgeGroup);
    }

    public static Participation of(CountryCode countryCode, Collection<Participant> participants) {
        Map<StakeholderCategory, Integer> byCategory = new EnumMap<>(StakeholderCategory.class);
        Map<Component, Integer> byComponent = new EnumMap<>(Component.class);
        int withoutCategory = 0;
        for (Participant p : participants) {
            if (p.stakeholderCategory() == null) {
                withoutCategory++;
            } else {
                byCategory.merge(p.stakeholderCategory(), 1, Integer::sum);
            }
            p.components().forEach(component -> byComponent.merge(component, 1, Integer::sum));
        }
        Map<Gender, Integer> byGender = count(participants, Gender.class, p -> p.demographics().gender());
        Map<AgeGroup, Integer> byAgeGroup = count(participants, AgeGroup.class, p -> p.demographics().ageGroup());
        return new Participation(countryCode, participants.size(),
                count(participants, MemberStatus.class, Participant::status), byCategory, withoutCategory,
                count(participants, PlatformRole.class, Participant::role), byComponent, byGender,
                participants.size() - sum(byGender), byAgeGroup, participants.size() - sum(byAgeGroup),
                (int) participants.stream().filter(p -> Boolean.TRUE.equals(p.demographics().disability())).count(),
                (int) participants.stream().filter(p -> Boolean.TRUE.equals(p.demographics().survivor())).count());
    }

    private static <E extends Enum<E>> Map<E, Integer> count(Collection<Participant> participants, Class<E> type,
            Function<Participant, E> value) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (Participant p : participants) {
            E e = value.apply(p);
            if (e != null) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
