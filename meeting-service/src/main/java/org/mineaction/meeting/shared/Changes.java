package org.mineaction.meeting.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.meeting.shared.domain.Versioned;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Read, change, write-if-unchanged: the one way every feature changes an aggregate. A change based
 * on a stale version is refused (409) before anything is computed; a change that needs no client
 * version (an RSVP among many) is tried again on the fresh state when another one won the race.
 */
public final class Changes {

    /** The next state and the events the change causes, stored together. */
    public record Change<T>(T state, List<OutboxMessage> events) {

        public static <T> Change<T> silent(T state) {
            return new Change<>(state, List.of());
        }

        public static <T> Change<T> of(T state, OutboxMessage... events) {
            return new Change<>(state, List.of(events));
        }
    }

    /** Stores a state if the stored version is still {@code basedOn}; throws OptimisticLockingFailureException otherwise. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(T state, long basedOn, List<OutboxMessage> events);
    }

    static final int ATTEMPTS = 8;

    private Changes() {
    }

    public static <T> Versioned<T> basedOn(long version, Supplier<Versioned<T>> read, Writer<T> write,
            Function<T, Change<T>> change) {
        Versioned<T> current = read.get();
        if (current.version() != version) {
            throw new OptimisticLockingFailureException("Stored version is " + current.version()
                    + ", the change was based on " + version);
        }
        return apply(current, write, change);
    }

    public static <T> Versioned<T> retrying(Supplier<Versioned<T>> read, Writer<T> write,
            Function<T, Change<T>> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(read.get(), write, change);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static <T> Versioned<T> apply(Versioned<T> current, Writer<T> write, Function<T, Change<T>> change) {
        Change<T> next = change.apply(current.state());
        write.write(next.state(), current.version(), next.events());
        return new Versioned<>(next.state(), current.version() + 1);
    }
}
