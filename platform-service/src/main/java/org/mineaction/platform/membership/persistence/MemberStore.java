package org.mineaction.platform.membership.persistence;

import java.util.List;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Writes a changed member and the events the change causes in one single-document update. */
@Component
public class MemberStore {

    private final OutboxWrites writes;

    MemberStore(OutboxWrites writes) {
        this.writes = writes;
    }

    /**
     * @param member           the new state, carrying the version it was read at
     * @param events           appended to the member's outbox
     * @param dropPendingTopic pending messages of this topic are removed first (e.g. contact data after an
     *                         erasure); null to keep all
     * @throws OptimisticLockingFailureException when the member changed since it was read
     */
    public void update(Member member, List<OutboxMessage> events, String dropPendingTopic) {
        writes.update(member.id(), member.version(), MemberDocument.of(member, List.of()), events, dropPendingTopic);
    }
}
