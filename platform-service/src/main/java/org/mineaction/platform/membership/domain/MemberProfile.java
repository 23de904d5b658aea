package org.mineaction.platform.membership.domain;

import org.mineaction.platform.support.domain.Enums;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * What is known about a member and can be edited: who they are, where they sit on the platform,
 * how to reach them and what they declared about themselves. Built from raw input by
 * {@link #validate}, which reports every broken rule at once.
 *
 * @param email null only once the member's personal data has been erased
 * @param phone optional: not every member has a mobile phone
 */
public record MemberProfile(String name, String organisationId, PlatformRole role, Set<PlatformComponent> components,
        EmailAddress email, PhoneNumber phone, PreferredLanguage language, ZoneId timeZone,
        NotificationPreferences preferences, Demographics demographics) {

    public static final int MAX_NAME = 200;
    static final String ERASED_NAME = "(erased)";

    public MemberProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        components = components.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(components));
        preferences = preferences == null ? NotificationPreferences.defaults() : preferences;
        demographics = demographics == null ? Demographics.UNDECLARED : demographics;
    }

    /**
     * Raw input as a client or a CSV row gives it; every value may be missing or wrong.
     *
     * @param preferences channel name to the category names wanted on it; critical messages are always added
     */
    public record Draft(String name, String organisationId, String role, List<String> components, String email,
            String phone, String language, String timeZone, Map<String, List<String>> preferences, String gender,
            String ageGroup, Boolean disability, Boolean survivor) {
    }

    /**
     * Checks every field of a draft for the given platform.
     *
     * @throws InvalidMemberException listing every field that breaks a rule
     */
    public static MemberProfile validate(Draft draft, PlatformContext platform) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = check(problems, "name", () -> name(draft.name()));
        String organisationId = check(problems, "organisationId", () -> {
            if (draft.organisationId() == null || draft.organisationId().isBlank() || draft.organisationId().length() > 64) {
                throw new InvalidInputException("organisationId", "must name an organisation of the platform");
            }
            return draft.organisationId().strip();
        });
        PlatformRole role = check(problems, "role", () -> draft.role() == null || draft.role().isBlank()
                ? PlatformRole.MEMBER : Enums.parse(PlatformRole.class, "role", draft.role(), true));
        Set<PlatformComponent> components = check(problems, "components", () -> components(draft.components()));
        EmailAddress email = check(problems, EmailAddress.FIELD, () -> new EmailAddress(draft.email()));
        PhoneNumber phone = check(problems, PhoneNumber.FIELD, () -> draft.phone() == null || draft.phone().isBlank()
                ? null : PhoneNumber.parse(draft.phone(), platform.country()));
        PreferredLanguage language = check(problems, PreferredLanguage.FIELD,
                () -> new PreferredLanguage(blank(draft.language()) ? platform.defaultLanguage() : draft.language()));
        ZoneId timeZone = check(problems, TimeZones.FIELD,
                () -> blank(draft.timeZone()) ? platform.defaultTimeZone() : TimeZones.parse(draft.timeZone()));
        NotificationPreferences preferences = check(problems, "notificationPreferences",
                () -> preferences(draft.preferences()));
        Gender gender = check(problems, "gender", () -> Enums.parse(Gender.class, "gender", draft.gender(), false));
        AgeGroup ageGroup = check(problems, "ageGroup",
                () -> Enums.parse(AgeGroup.class, "ageGroup", draft.ageGroup(), false));
        if (!problems.isEmpty()) {
            throw new InvalidMemberException(problems);
        }
        return new MemberProfile(name, organisationId, role, components, email, phone, language, timeZone,
                preferences, new Demographics(gender, ageGroup, draft.disability(), draft.survivor()));
    }

    /** The same profile in another organisation of the platform. */
    public MemberProfile withOrganisation(String newOrganisationId) {
        return new MemberProfile(name, newOrganisationId, role, components, email, phone, language, timeZone,
                preferences, demographics);
    }

    /** The same profile with other notification preferences. */
    public MemberProfile withPreferences(NotificationPreferences newPreferences) {
        return new MemberProfile(name, organisationId, role, components, email, phone, language, timeZone,
                newPreferences, demographics);
    }

    /** The same profile in other components of the platform. */
    public MemberProfile withComponents(Set<PlatformComponent> newComponents) {
        return new MemberProfile(name, organisationId, role, newComponents, email, phone, language, timeZone,
                preferences, demographics);
    }

    /** The profile left once the personal data is erased: what aggregates need, nothing that identifies. */
    MemberProfile anonymised() {
        return new MemberProfile(ERASED_NAME, organisationId, role, components, null, null, language, timeZone,
                NotificationPreferences.defaults(), Demographics.UNDECLARED);
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    private static Set<PlatformComponent> components(Collection<String> raw) {
        Set<PlatformComponent> components = EnumSet.noneOf(PlatformComponent.class);
        if (raw != null) {
            for (String value : raw) {
                components.add(Enums.parse(PlatformComponent.class, "components", value, true));
            }
        }
        return components;
    }

    private static NotificationPreferences preferences(Map<String, List<String>> raw) {
        if (raw == null) {
            return NotificationPreferences.defaults();
        }
        Map<NotificationChannel, List<NotificationCategory>> chosen = new EnumMap<>(NotificationChannel.class);
        for (Map.Entry<String, List<String>> entry : raw.entrySet()) {
            NotificationChannel channel = Enums.parse(NotificationChannel.class, "notificationPreferences",
                    entry.getKey(), true);
            List<NotificationCategory> categories = new ArrayList<>();
            for (String category : entry.getValue() == null ? List.<String>of() : entry.getValue()) {
                categories.add(Enums.parse(NotificationCategory.class, "notificationPreferences", category, true));
            }
            chosen.put(channel, categories);
        }
        return NotificationPreferences.of(chosen);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T check(List<FieldProblem> problems, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }
}
