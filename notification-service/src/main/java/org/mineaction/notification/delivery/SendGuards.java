package org.mineaction.notification.delivery;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The {@link SendGuard}s of all features, asked by both dispatchers before a guarded message goes out. */
@Component
public class SendGuards {

    private final ObjectProvider<SendGuard> guards;

    SendGuards(ObjectProvider<SendGuard> guards) {
        this.guards = guards;
    }

    /**
     * Empty when {@code guard} is null, still holds, or no feature answers for its scope (a message
     * is never dropped for want of an answer); else why the message is stale.
     */
    public Optional<String> staleReason(String guard) {
        if (guard == null) {
            return Optional.empty();
        }
        String condition = SendGuard.conditionOf(guard);
        String scope = SendGuard.scopeOf(condition);
        return guards.orderedStream().filter(g -> g.scope().equals(scope)).findFirst()
                .flatMap(g -> g.staleReason(condition));
    }
}
