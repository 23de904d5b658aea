package org.mineaction.chassis.outbox;

import java.util.List;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay as soon as an aggregate with pending messages is saved, so events leave at once. */
public class OutboxSaveListener extends AbstractMongoEventListener<Object> {

    private final OutboxRelay relay;
    private final List<String> collections;

    public OutboxSaveListener(OutboxRelay relay, List<String> collections) {
        this.relay = relay;
        this.collections = collections;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        if (collections.contains(event.getCollectionName()) && event.getDocument() != null
                && event.getDocument().get(OutboxMessage.FIELD) instanceof List<?> pending && !pending.isEmpty()) {
            relay.nudge();
        }
    }
}
