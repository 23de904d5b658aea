package org.mineaction.notification.sms.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a provider's status callback says about a message it accepted, mapped to our statuses:
 * {@code delivered} is final and good, {@code undelivered} and {@code failed} are final and bad,
 * the rest ({@code queued}, {@code sending}, {@code sent}, ...) change nothing for us.
 */
public final class ProviderStatus {

    private ProviderStatus() {
    }

    public static Optional<SmsStatus> of(String providerStatus) {
        if (providerStatus == null) {
            return Optional.empty();
        }
        return switch (providerStatus.toLowerCase(Locale.ROOT)) {
            case "delivered" -> Optional.of(SmsStatus.DELIVERED);
            case "undelivered", "failed" -> Optional.of(SmsStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
