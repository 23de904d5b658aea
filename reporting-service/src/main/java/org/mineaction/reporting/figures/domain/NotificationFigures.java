package org.mineaction.reporting.figures.domain;

import java.util.Map;

/** How many notifications reached members in one year, by channel, and how many failed. */
public record NotificationFigures(Map<String, Integer> sentByChannel, Map<String, Integer> failedByChannel) {

    public NotificationFigures {
        sentByChannel = Map.copyOf(sentByChannel);
        failedByChannel = Map.copyOf(failedByChannel);
    }
}
