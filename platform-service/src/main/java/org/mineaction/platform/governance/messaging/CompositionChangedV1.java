package org.mineaction.platform.governance.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The member ids of every component, as a snapshot (schema platform-composition-changed.v1.json). */
public record CompositionChangedV1(String countryCode, Map<String, Component> components, long version,
        Instant occurredAt) {

    public record Component(List<String> memberIds) {
    }
}
