package org.mineaction.notification.sms;

import java.util.Optional;
import org.mineaction.notification.sms.domain.SmsMessage;

/** Hands an SMS to a provider. */
public interface SmsProvider {

    /** The name of the provider, which names its circuit breaker and rate limit. */
    String name();

    /**
     * @return the provider's id for the message, which its status callbacks name
     * @throws SmsRejectedException    when the provider refuses this message for good (e.g. an invalid number)
     * @throws SmsProviderException    when it could not take it now (5xx, timeout, connection refused)
     */
    String send(SmsMessage message);

    /**
     * Asks the provider whether it already took this message on an earlier attempt whose answer was
     * lost (a timeout after the provider accepted it), so a retry does not send it twice.
     *
     * @return the provider's id of the accepted message, empty when it has none (or cannot tell)
     * @throws SmsProviderException when the provider cannot be asked now: then nothing is sent either
     */
    default Optional<String> findAccepted(SmsMessage message) {
        return Optional.empty();
    }
}
