package org.mineaction.notification.delivery.persistence;

import org.mineaction.notification.delivery.domain.Notification;

/** A notification reserved for sending by this instance; the token proves the lease is still ours. */
public record ClaimedNotification(Notification notification, String leaseToken) {
}
