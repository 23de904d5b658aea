package org.mineaction.notification.unsubscribe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret  signs unsubscribe tokens (env {@code UNSUBSCRIBE_SECRET}); without one a random
 *                secret is used and links stop working at the next restart
 * @param baseUrl the public URL of the API, in front of {@code /api/v1/notifications/unsubscribe/{token}}
 * @param mailbox the address of the mailto unsubscribe link
 */
@ConfigurationProperties("mineaction.unsubscribe")
record UnsubscribeProperties(
        @DefaultValue("") String secret,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("unsubscribe@mineaction.local") String mailbox) {
}
