package org.mineaction.notification.sms;

import java.time.Duration;
import java.time.LocalTime;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.delivery.domain.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param provider    the HTTP provider's account (secrets from the environment only)
 * @param ratePerSecond SMS per second and sender the provider accepts; only the SMS loop waits for it
 * @param quietHours  the night in the member's zone during which no SMS goes out
 */
@ConfigurationProperties("mineaction.sms")
public record SmsProperties(
        @DefaultValue Provider provider,
        @DefaultValue("1") int ratePerSecond,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("20") int batchSize,
        @DefaultValue Quiet quietHours,
        @DefaultValue Retry retry) {

    /**
     * @param statusCallbackUrl the public URL of our status callback endpoint, as the provider calls
     *                          it (and signs it); empty for no callbacks
     */
    public record Provider(
            @DefaultValue("https://api.twilio.com/2010-04-01") String baseUrl,
            @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken,
            @DefaultValue("") String from,
            @DefaultValue("") String statusCallbackUrl,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration requestTimeout) {
    }

    public record Quiet(@DefaultValue("21:00") LocalTime start, @DefaultValue("08:00") LocalTime end) {
    }

    public record Retry(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("30s") Duration firstDelay,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("1h") Duration maxDelay) {
    }

    public QuietHours quietHoursRule() {
        return new QuietHours(quietHours.start(), quietHours.end());
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retry.maxAttempts(), retry.firstDelay(), retry.multiplier(), retry.maxDelay());
    }
}
