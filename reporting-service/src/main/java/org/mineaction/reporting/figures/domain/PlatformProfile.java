package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import org.mineaction.chassis.projection.EventStamp;

/**
 * The public settings of a country's platform that the figures depend on; no contact data.
 *
 * @param registeredOn null until the registration event has been seen
 */
public record PlatformProfile(String countryCode, String name, Region region, Cadence cadence, String focusObjective,
        LocalDate registeredOn, EventStamp stamp) implements Stamped {

    public static PlatformProfile unknown(String countryCode) {
        return new PlatformProfile(countryCode, null, null, Cadence.DEFAULT, null, null, null);
    }

    public PlatformProfile {
        cadence = cadence == null ? Cadence.DEFAULT : cadence;
    }

    /** The registration only adds what an update cannot know; it never undoes a newer update. */
    public PlatformProfile registered(String registeredName, LocalDate on, EventStamp registration) {
        boolean newer = registration.supersedes(stamp);
        return new PlatformProfile(countryCode, newer || name == null ? registeredName : name, region, cadence,
                focusObjective, on, newer ? registration : stamp);
    }

    public PlatformProfile updated(String newName, Region newRegion, Cadence newCadence, String newFocus,
            EventStamp update) {
        if (!update.supersedes(stamp)) {
            return this;
        }
        return new PlatformProfile(countryCode, newName, newRegion, newCadence, newFocus, registeredOn, update);
    }
}
