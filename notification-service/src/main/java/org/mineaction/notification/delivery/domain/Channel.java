package org.mineaction.notification.delivery.domain;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS
}
