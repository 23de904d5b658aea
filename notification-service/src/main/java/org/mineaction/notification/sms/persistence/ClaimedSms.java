package org.mineaction.notification.sms.persistence;

import org.mineaction.notification.sms.domain.SmsMessage;

/** An SMS reserved for sending by this instance; the token proves the lease is still ours. */
public record ClaimedSms(SmsMessage message, String leaseToken) {
}
