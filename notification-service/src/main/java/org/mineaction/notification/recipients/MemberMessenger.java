package org.mineaction.notification.recipients;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.recipients.domain.Letter;
import org.mineaction.notification.delivery.domain.QuietHours;
import org.mineaction.notification.recipients.domain.Mailing;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.sms.SmsMessages;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends one {@link Mailing} to members on the channels each chose for its category (a critical one
 * on every channel they can be reached on, by SMS even in their quiet hours), rendered in each
 * member's language and zone; other SMS wait for the end of the member's own quiet hours, or of the
 * service's. E-mails of
 * a fan-out go to the queue in one bulk write; every message is keyed (kind, subject, recipient,
 * occurrence), so the same event handled twice queues nothing new.
 */
@Service
public class MemberMessenger {

    private static final Logger log = LoggerFactory.getLogger(MemberMessenger.class);

    private final Notifications emails;
    private final SmsMessages sms;
    private final Clock clock;

    MemberMessenger(Notifications emails, SmsMessages sms, Clock clock) {
        this.emails = emails;
        this.sms = sms;
        this.clock = clock;
    }

    /** @return how many members it was queued for on at least one channel */
    public int send(Collection<Recipient> recipients, Mailing mailing) {
        List<Notification> queue = new ArrayList<>();
        int reached = 0;
        // A critical message (a meeting moved or cancelled) goes by SMS at once, even in the member's night.
        boolean critical = mailing.preference() == MessageCategory.CRITICAL;
        for (Recipient recipient : recipients) {
            boolean byEmail = recipient.receives(Channel.EMAIL, mailing.preference());
            boolean bySms = recipient.receives(Channel.SMS, mailing.preference());
            if (!byEmail && !bySms) {
                continue;
            }
            reached++;
            Letter letter = mailing.letterFor().apply(recipient);
            Recipient.Contact contact = recipient.contact();
            if (byEmail) {
                queue.add(Notification.scheduledFor(recipient.memberId(), mailing.category(),
                        IdempotencyKey.of(mailing.kind(), mailing.subject(), contact.email(), mailing.occurrence()),
                        mailing.kind(), mailing.countryCode(), contact.email(), letter.language(), letter.email(),
                        letter.attachment(), mailing.guard(), mailing.dueAt(), clock.instant()));
            }
            if (bySms) {
                // Falls back to the e-mail when the SMS fails for good, unless the e-mail goes anyway.
                sms.schedule(SmsMessage.keyFor(mailing.kind(), mailing.subject(), contact.phone(), mailing.occurrence()),
                        mailing.kind(), mailing.category(), mailing.countryCode(),
                        new SmsMessage.Recipient(contact.phone(), contact.email(), contact.timeZone(),
                                recipient.memberId(), critical ? QuietHours.NONE : recipient.quietHours()),
                        letter.language(), letter.sms(), byEmail ? null : letter.email(), mailing.guard(),
                        mailing.dueAt());
            }
        }
        if (!queue.isEmpty()) {
            emails.queueAll(queue);
        }
        log.info("{} {} for {}: {} of {} member(s) reached", mailing.kind(), mailing.occurrence(), mailing.subject(),
                reached, recipients.size());
        return reached;
    }

    /** Nothing queued under guards starting with {@code guardPrefix}, except {@code keep}, goes out any more. */
    public void cancel(String guardPrefix, String keep, String reason) {
        emails.cancelGuarded(guardPrefix, keep, reason);
        sms.cancelGuarded(guardPrefix, keep, reason);
    }
}
