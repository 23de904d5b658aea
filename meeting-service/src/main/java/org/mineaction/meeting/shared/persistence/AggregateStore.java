package org.mineaction.meeting.shared.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.shared.domain.Versioned;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The store of one kind of aggregate: its state in a {@link VersionedDocument} subclass (which
 * names the collection), written with its events by {@link VersionedStore}, read by country.
 *
 * @param <T> the domain record
 * @param <D> its document
 */
public abstract class AggregateStore<T, D extends VersionedDocument<T>> {

    private final VersionedStore store;
    private final Class<D> type;
    private final Function<T, String> idOf;
    private final BiFunction<T, List<OutboxMessage>, D> document;

    protected AggregateStore(VersionedStore store, Class<D> type, Function<T, String> idOf,
            BiFunction<T, List<OutboxMessage>, D> document) {
        this.store = store;
        this.type = type;
        this.idOf = idOf;
        this.document = document;
    }

    /** Stores a new aggregate with its first events; an existing id is a duplicate (409). */
    public void insert(T state, List<OutboxMessage> events) {
        store.insert(document.apply(state, events));
    }

    /** Stores the next state if the stored one is still at {@code basedOn}; 409 otherwise. */
    public void update(T state, long basedOn, List<OutboxMessage> events) {
        store.update(type, idOf.apply(state), basedOn, state, events);
    }

    public Optional<Versioned<T>> find(String country, String id) {
        return store.find(type, country, id).map(AggregateStore::versioned);
    }

    protected List<Versioned<T>> find(Query query) {
        return store.find(type, query).stream().map(AggregateStore::versioned).toList();
    }

    private static <T> Versioned<T> versioned(VersionedDocument<T> document) {
        return new Versioned<>(document.state(), document.version());
    }
}
