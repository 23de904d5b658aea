package org.mineaction.notification.welcome.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.welcome.domain.PlatformWelcome;

/** The fields of {@code org.mineaction.platform.registered.delivery.v1} the welcome needs; the rest is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PlatformRegisteredDelivery(String countryCode, String name, List<String> languages, String timeZone,
        Instant registeredAt, Contact contact) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String email, String language) {
    }

    PlatformWelcome toWelcome() {
        if (contact == null) {
            throw new InvalidInputException("contact", "is required");
        }
        return new PlatformWelcome(countryCode, name, languages, timeZone, registeredAt,
                new EmailAddress(contact.email()), contact.language());
    }
}
