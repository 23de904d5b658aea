package org.mineaction.notification.delivery;

import java.util.function.Consumer;
import org.mineaction.notification.delivery.domain.Notification;

/**
 * Runs due triggers of one kind ({@link Notification#trigger}): typically queues the messages the
 * trigger stands for, to the recipients known when it is due. It may run more than once for a
 * trigger (an instance that dies mid-run leaves it to another), so what it queues must be keyed by
 * idempotency keys; a run that throws is retried with the queue's backoff.
 */
public interface TriggerHandler {

    /** The trigger kind it runs, starting with {@value Notification#TRIGGER_PREFIX}. */
    String kind();

    void fire(Notification trigger);

    static TriggerHandler of(String kind, Consumer<Notification> fire) {
        return new TriggerHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void fire(Notification trigger) {
                fire.accept(trigger);
            }
        };
    }
}
