package org.mineaction.notification.sms;

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
}
