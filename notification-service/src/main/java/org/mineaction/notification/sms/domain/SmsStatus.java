package org.mineaction.notification.sms.domain;

public enum SmsStatus {
    /** Waiting to be handed to the provider: first time, again after a failure, or until the morning. */
    QUEUED,
    /** Accepted by the provider; its status callback tells what came of it. */
    SENT,
    /** The provider reports it reached the phone. */
    DELIVERED,
    /** Given up (the reason is kept): a rejected number, the attempts used up, or undeliverable. */
    FAILED,
    /** Not sent on purpose: the member opted out of its category (the reason is kept). */
    SKIPPED
}
