package org.mineaction.platform.membership.messaging;

import java.time.Instant;
import org.mineaction.platform.membership.domain.Member;

/**
 * A member left or was erased: notification-service stops writing to them and, on erasure, deletes
 * the contact data it holds (schemas member-left-delivery.v1.json, member-erased-delivery.v1.json).
 */
public record MemberGoneDeliveryV1(String memberId, String countryCode, String status, Instant occurredAt) {

    static MemberGoneDeliveryV1 of(Member member, Instant occurredAt) {
        return new MemberGoneDeliveryV1(member.id(), member.country().value(), member.status().name(), occurredAt);
    }
}
