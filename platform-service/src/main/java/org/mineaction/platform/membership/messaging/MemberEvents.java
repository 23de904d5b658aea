package org.mineaction.platform.membership.messaging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.outbox.OutboxMessageFactory;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the rest of the suite is told when a member changes, ready for the member's outbox: a
 * public fact on the events topic and its delivery variant, with contact data, on the delivery topic.
 */
@Component
public class MemberEvents {

    private final OutboxMessageFactory messages;
    private final String publicBaseUrl;

    MemberEvents(OutboxMessageFactory messages,
            @Value("${mineaction.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.messages = messages;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /**
     * The invitation to send the member, on the delivery topic only: its link carries the token, a
     * credential, so it never goes to the public events topic.
     */
    public OutboxMessage invited(Member member, String platformName, String token, Instant expiresAt,
            Instant occurredAt) {
        String url = publicBaseUrl + "/invitations/" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return messages.create(Topics.PLATFORM_DELIVERY, Type.MEMBER_INVITED_DELIVERY, country(member),
                MemberInvitedDeliveryV1.of(member, platformName, url, expiresAt, occurredAt));
    }

    public List<OutboxMessage> joined(Member member, Organisation organisation) {
        return List.of(
                fact(Type.MEMBER_JOINED, member, organisation),
                messages.create(Topics.PLATFORM_DELIVERY, Type.MEMBER_JOINED_DELIVERY, country(member),
                        MemberDeliveryV1.of(member, member.updatedAt())));
    }

    public List<OutboxMessage> updated(Member member, Organisation organisation) {
        return List.of(
                fact(Type.MEMBER_UPDATED, member, organisation),
                messages.create(Topics.PLATFORM_DELIVERY, Type.MEMBER_UPDATED_DELIVERY, country(member),
                        MemberDeliveryV1.of(member, member.updatedAt())));
    }

    public List<OutboxMessage> left(Member member, Organisation organisation) {
        return List.of(
                fact(Type.MEMBER_LEFT, member, organisation),
                messages.create(Topics.PLATFORM_DELIVERY, Type.MEMBER_LEFT_DELIVERY, country(member),
                        MemberGoneDeliveryV1.of(member, member.updatedAt())));
    }

    public List<OutboxMessage> erased(Member member, Organisation organisation) {
        return List.of(
                fact(Type.MEMBER_ERASED, member, organisation),
                messages.create(Topics.PLATFORM_DELIVERY, Type.MEMBER_ERASED_DELIVERY, country(member),
                        MemberGoneDeliveryV1.of(member, member.updatedAt())));
    }

    private OutboxMessage fact(Type type, Member member, Organisation organisation) {
        return messages.create(Topics.PLATFORM_EVENTS, type, country(member),
                MemberFactV1.of(member, organisation, member.updatedAt()));
    }

    private static String country(Member member) {
        return member.country().value();
    }
}
