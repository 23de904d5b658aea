package org.mineaction.notification.sms;

/** The provider refused this message and will refuse it again (invalid number, unsubscribed, ...): permanent. */
public class SmsRejectedException extends RuntimeException {

    public SmsRejectedException(String message) {
        super(message);
    }
}
