package org.mineaction.platform.membership.domain;

import java.time.ZoneId;
import org.mineaction.chassis.problem.InvalidInputException;

/** Reads IANA time zone names (Asia/Phnom_Penh), refusing offsets and abbreviations. */
public final class TimeZones {

    public static final String FIELD = "timeZone";

    private TimeZones() {
    }

    public static ZoneId parse(String raw) {
        String name = raw == null ? null : raw.strip();
        if (name == null || !ZoneId.getAvailableZoneIds().contains(name)) {
            throw new InvalidInputException(FIELD, "must be an IANA time zone such as Asia/Phnom_Penh");
        }
        return ZoneId.of(name);
    }
}
