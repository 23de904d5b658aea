package org.mineaction.meeting.shared.persistence;

import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;

/**
 * One aggregate as stored: its id and country (every query names the country), its state (the
 * domain record, stored as it is), the optimistic-locking version, and the outbox of events its
 * changes caused, written in the same single-document update.
 *
 * @param <T> the domain record
 */
public abstract class VersionedDocument<T> {

    public static final String STATE = "state";
    public static final String VERSION = "version";
    public static final String COUNTRY = "country";

    @Id
    private String id;
    @Indexed
    private String country;
    private T state;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected VersionedDocument() {
    }

    protected VersionedDocument(String id, String country, T state, List<OutboxMessage> events) {
        this.id = id;
        this.country = country;
        this.state = state;
        this.outbox = new ArrayList<>(events);
    }

    public String id() {
        return id;
    }

    public String country() {
        return country;
    }

    public T state() {
        return state;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }
}
