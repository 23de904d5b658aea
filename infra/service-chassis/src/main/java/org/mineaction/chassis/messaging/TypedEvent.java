package org.mineaction.chassis.messaging;

import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.projection.EventStamp;

/** A CloudEvent of a known type with its data read into the consumer's own DTO. */
public record TypedEvent<D>(IncomingEvent envelope, D data) {

    /**
     * Refuses an event whose data is about another subject (country) than its {@code ce_subject}
     * says, when it says one: the record was keyed and ordered by the subject, so acting on the
     * data could undo a newer fact of that other country.
     *
     * @throws MalformedEventException so the record is parked at once
     */
    public void requireSubject(String subjectOfData) {
        if (envelope.subject() != null && !envelope.subject().equals(subjectOfData)) {
            throw new MalformedEventException("Event " + envelope.id() + " is about " + envelope.subject()
                    + " but its data about " + subjectOfData);
        }
    }

    /** Which event, and when, for projections that keep only the newest fact. */
    public EventStamp stamp() {
        return new EventStamp(envelope.time(), envelope.id());
    }
}
