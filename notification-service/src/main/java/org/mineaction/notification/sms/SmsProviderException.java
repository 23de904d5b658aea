package org.mineaction.notification.sms;

/** The provider could not take a message now (server error, timeout, unreachable): worth retrying later. */
public class SmsProviderException extends RuntimeException {

    public SmsProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
