package org.mineaction.meeting.meetings.domain;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.meeting.shared.domain.Checks;

/**
 * When and where a meeting takes place: instants plus the IANA zone it is held in, so it renders
 * in any reader's zone and survives changes of daylight-saving rules.
 */
public record Schedule(Instant startsAt, Instant endsAt, String timeZone, String place, String onlineLink) {

    static final Duration MAX_LENGTH = Duration.ofDays(7);

    public Schedule {
        Checks.required("startsAt", startsAt);
        Checks.required("endsAt", endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidInputException("endsAt", "a meeting lasts at most 7 days");
        }
        timeZone = Checks.zone("timeZone", timeZone).getId();
        place = Checks.optionalText("place", place, 300);
        onlineLink = Checks.optionalText("onlineLink", onlineLink, 2000);
        if (place == null && onlineLink == null) {
            throw new InvalidInputException("place", "give a place, an online link or both");
        }
        if (onlineLink != null && !isWebLink(onlineLink)) {
            throw new InvalidInputException("onlineLink", "must be an http or https URL");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone());
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
