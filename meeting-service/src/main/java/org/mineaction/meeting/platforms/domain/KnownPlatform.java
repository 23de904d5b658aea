package org.mineaction.meeting.platforms.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * A platform as meeting-service knows it from platform-service's events: enough to check that a
 * meeting belongs to a registered platform and to place it in the platform's languages and time
 * zone, without asking platform-service at request time.
 */
public record KnownPlatform(CountryCode countryCode, String name, List<String> languages, String timeZone) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_NAME_LENGTH = 200;

    public KnownPlatform {
        Objects.requireNonNull(countryCode, "countryCode");
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (languages == null || languages.isEmpty()
                || !languages.stream().allMatch(l -> l != null && LANGUAGE.matcher(l).matches())) {
            throw new InvalidInputException("languages", "must list at least one ISO 639 language code");
        }
        // Meetings are scheduled in this zone: one this JVM cannot resolve is useless here.
        try {
            ZoneId.of(Objects.requireNonNull(timeZone, "timeZone"));
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as Asia/Phnom_Penh");
        }
        languages = List.copyOf(languages);
    }
}
