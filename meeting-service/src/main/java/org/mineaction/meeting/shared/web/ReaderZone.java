package org.mineaction.meeting.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.mineaction.meeting.shared.domain.Checks;

/** The zone a reader asked to see times in ({@code ?zone=}), else the zone the thing happens in. */
public final class ReaderZone {

    /** Times rendered in one zone, with their offset. */
    public record LocalTimes(String timeZone, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    }

    private ReaderZone() {
    }

    public static ZoneId of(String requested, String fallback) {
        return requested == null || requested.isBlank() ? ZoneId.of(fallback) : Checks.zone("zone", requested);
    }

    public static LocalTimes render(Instant startsAt, Instant endsAt, ZoneId zone) {
        return new LocalTimes(zone.getId(), startsAt.atZone(zone).toOffsetDateTime(),
                endsAt.atZone(zone).toOffsetDateTime());
    }
}
