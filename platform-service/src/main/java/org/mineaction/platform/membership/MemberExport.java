package org.mineaction.platform.membership;

import java.time.Instant;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.Organisation;

/** Everything held about a member, for their right of access (export). */
public record MemberExport(Member member, Organisation organisation, Instant exportedAt) {
}
