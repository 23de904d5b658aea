package org.mineaction.notification.unsubscribe.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a message is about, as far as a member's choice to receive it goes. Critical categories
 * cannot be opted out of: a member must learn that a meeting was moved or cancelled, and account
 * messages (invitation to set a password, welcome) are transactional.
 */
public enum Category {
    ACCOUNT("account", true),
    MEETING_INVITATION("meeting-invitation", false),
    MEETING_UPDATE("meeting-update", true),
    MEETING_CANCELLATION("meeting-cancellation", true),
    MEETING_REMINDER("meeting-reminder", false),
    MINUTES("minutes", false),
    ACTION_POINT("action-point", false),
    ARTICLE_7_REMINDER("article-7-reminder", false);

    private final String wireName;
    private final boolean critical;

    Category(String wireName, boolean critical) {
        this.wireName = wireName;
        this.critical = critical;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isCritical() {
        return critical;
    }

    public static Optional<Category> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }

    /** Whether a member may opt out of messages of this category; unknown categories are treated as critical. */
    public static boolean canOptOut(String wireName) {
        return fromWireName(wireName).map(c -> !c.critical).orElse(false);
    }
}
