package org.mineaction.notification.invitation;

import java.time.Clock;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.invitation.domain.InvitationLetter;
import org.mineaction.notification.invitation.domain.MemberInvitation;
import org.springframework.stereotype.Service;

/** Sends each invitation to join a platform once: a replay does not send it again, a new invitation does. */
@Service
public class InvitationMessages {

    static final String KIND = "member-invitation";

    private final Notifications notifications;
    private final Clock clock;

    InvitationMessages(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void memberInvited(MemberInvitation invitation) {
        // The link names the invitation: inviting again issues a new one (a new message), while the
        // same event delivered twice has the same link. The key is a hash, so the link stays secret.
        IdempotencyKey key = IdempotencyKey.of(KIND, invitation.countryCode() + "/" + invitation.memberId(),
                invitation.email(), invitation.invitationUrl());
        // Account set-up cannot be switched off; tied to the member so an erasure drops it if unsent.
        notifications.queue(Notification.queueFor(invitation.memberId(), Notification.ACCOUNT, key, KIND,
                invitation.countryCode(), invitation.email(), InvitationLetter.languageFor(invitation.language()),
                InvitationLetter.compose(invitation), clock.instant()));
    }
}
