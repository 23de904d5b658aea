package org.mineaction.notification.welcome;

import java.time.Clock;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.welcome.domain.PlatformWelcome;
import org.mineaction.notification.welcome.domain.WelcomeLetter;
import org.springframework.stereotype.Service;

/** Welcomes the contact of every newly registered platform, once. */
@Service
public class WelcomeMessages {

    static final String KIND = "welcome";

    private final Notifications notifications;
    private final Clock clock;

    WelcomeMessages(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void platformRegistered(PlatformWelcome welcome) {
        // One welcome per platform and contact, however often the registration is delivered.
        IdempotencyKey key = IdempotencyKey.of(KIND, welcome.countryCode(), welcome.contact());
        notifications.queue(Notification.queue(key, KIND, welcome.countryCode(), welcome.contact(),
                WelcomeLetter.languageFor(welcome.contactLanguage()), WelcomeLetter.compose(welcome), clock.instant()));
    }
}
