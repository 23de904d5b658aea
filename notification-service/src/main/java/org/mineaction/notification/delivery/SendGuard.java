package org.mineaction.notification.delivery;

import java.util.Optional;
import java.util.function.Function;

/**
 * Answers, when a scheduled message or trigger is due, whether what it was scheduled for still
 * holds: a meeting reminder of revision 3 is stale once the meeting was moved (revision 4) or
 * cancelled, an action-point reminder once the point is done. Features register one per scope, the
 * first segment of the guards they issue ({@code meeting/KHM/m-1/3} is in scope {@code meeting}). A
 * guard may end with {@code #detail}, which a trigger uses to say which occurrence it stands for
 * ({@code meeting/KHM/m-1/3#P7D}: the 7-day reminder); the condition is what comes before it.
 */
public interface SendGuard {

    String scope();

    /**
     * Empty when the message is still wanted, else why it is not (kept with the skipped message).
     *
     * @param guard the condition, without the {@code #detail} a trigger may carry
     */
    Optional<String> staleReason(String guard);

    static SendGuard of(String scope, Function<String, Optional<String>> staleReason) {
        return new SendGuard() {
            @Override
            public String scope() {
                return scope;
            }

            @Override
            public Optional<String> staleReason(String guard) {
                return staleReason.apply(guard);
            }
        };
    }

    /** The scope of a guard: its first segment. */
    static String scopeOf(String guard) {
        int slash = guard.indexOf('/');
        return slash < 0 ? guard : guard.substring(0, slash);
    }

    /** What a guard says after its {@code #}: which occurrence a trigger stands for (e.g. {@code P7D}); empty for none. */
    static String detailOf(String guard) {
        int hash = guard == null ? -1 : guard.indexOf('#');
        return hash < 0 ? "" : guard.substring(hash + 1);
    }

    /** A guard without its {@code #detail}. */
    static String conditionOf(String guard) {
        int hash = guard == null ? -1 : guard.indexOf('#');
        return hash < 0 ? guard : guard.substring(0, hash);
    }
}
