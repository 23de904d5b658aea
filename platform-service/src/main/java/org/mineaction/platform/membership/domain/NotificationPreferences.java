package org.mineaction.platform.membership.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which categories of message a member wants on which channel. Critical messages are part of every
 * channel's choice whatever was asked: they cannot be switched off, so there is no way to build
 * preferences without them.
 */
public final class NotificationPreferences {

    private final Map<NotificationChannel, Set<NotificationCategory>> enabled;
    private final QuietHours quietHours;

    private NotificationPreferences(Map<NotificationChannel, ? extends Collection<NotificationCategory>> chosen) {
        this(chosen, null);
    }

    private NotificationPreferences(Map<NotificationChannel, ? extends Collection<NotificationCategory>> chosen,
            QuietHours quietHours) {
        this.quietHours = quietHours;
        EnumMap<NotificationChannel, Set<NotificationCategory>> copy = new EnumMap<>(NotificationChannel.class);
        for (NotificationChannel channel : NotificationChannel.values()) {
            EnumSet<NotificationCategory> categories = EnumSet.noneOf(NotificationCategory.class);
            Collection<NotificationCategory> asked = chosen.get(channel);
            if (asked != null) {
                categories.addAll(asked);
            }
            for (NotificationCategory category : NotificationCategory.values()) {
                if (category.isCritical()) {
                    categories.add(category);
                }
            }
            copy.put(channel, Set.copyOf(categories));
        }
        this.enabled = Map.copyOf(copy);
    }

    /** Every category by e-mail; by SMS only what is urgent enough for a text message. */
    public static NotificationPreferences defaults() {
        return new NotificationPreferences(Map.of(
                NotificationChannel.EMAIL, EnumSet.allOf(NotificationCategory.class),
                NotificationChannel.SMS, EnumSet.of(NotificationCategory.REMINDERS, NotificationCategory.DEADLINES)));
    }

    /** The categories chosen per channel; a channel left out gets only the critical messages. */
    public static NotificationPreferences of(Map<NotificationChannel, ? extends Collection<NotificationCategory>> chosen) {
        return new NotificationPreferences(Map.copyOf(chosen));
    }

    /** The same choices with these quiet hours (null: none). */
    public NotificationPreferences withQuietHours(QuietHours hours) {
        return new NotificationPreferences(enabled, hours);
    }

    /** When only critical messages may be sent; null when the member set none. */
    public QuietHours quietHours() {
        return quietHours;
    }

    public boolean wants(NotificationChannel channel, NotificationCategory category) {
        return enabled.get(channel).contains(category);
    }

    /** The enabled categories of a channel, in declaration order. */
    public Set<NotificationCategory> enabled(NotificationChannel channel) {
        return enabled.get(channel);
    }

    /** Channel name to enabled category names, sorted: the form stored and published. */
    public Map<String, java.util.List<String>> asNames() {
        Map<String, java.util.List<String>> names = new java.util.LinkedHashMap<>();
        for (NotificationChannel channel : NotificationChannel.values()) {
            names.put(channel.name(), enabled.get(channel).stream().sorted().map(Enum::name).toList());
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotificationPreferences that && enabled.equals(that.enabled)
                && java.util.Objects.equals(quietHours, that.quietHours);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(enabled, quietHours);
    }

    @Override
    public String toString() {
        return asNames() + (quietHours == null ? "" : " quiet " + quietHours.fromText() + "-" + quietHours.toText());
    }
}
