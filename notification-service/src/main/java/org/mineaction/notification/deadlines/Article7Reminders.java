package org.mineaction.notification.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mineaction.notification.deadlines.domain.Article7Deadline;
import org.mineaction.notification.deadlines.domain.Article7Texts;
import org.mineaction.notification.deadlines.persistence.Article7Store;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.SendGuard;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.LetterTemplate;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.recipients.MemberMessenger;
import org.mineaction.notification.recipients.Recipients;
import org.mineaction.notification.recipients.domain.Letter;
import org.mineaction.notification.recipients.domain.Mailing;
import org.mineaction.notification.recipients.domain.MessageCategory;
import org.mineaction.notification.recipients.domain.Recipient;
import org.mineaction.notification.unsubscribe.domain.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The Article 7 deadline of every platform this service hears of: its members are reminded some
 * days before 30 April while the report for the previous year is not submitted, and the lead and
 * the champion are told the day after the deadline if it still is not. The reminders are triggers in
 * the delivery queue (so several instances share them and a restart loses none); each checks when
 * due that the report is still missing, and fans out to the members known then.
 */
@Service
public class Article7Reminders {

    static final String REMINDER_TRIGGER = "trigger:article7-reminder";
    static final String ESCALATION_TRIGGER = "trigger:article7-overdue";
    private static final String ESCALATION = "overdue";
    private static final Logger log = LoggerFactory.getLogger(Article7Reminders.class);

    private final Article7Store store;
    private final Notifications queue;
    private final Recipients recipients;
    private final MemberMessenger messenger;
    private final Article7Properties properties;
    private final Clock clock;
    /** Deadlines whose triggers this instance already queued: saves the idempotent inserts on every event. */
    private final Set<String> planned = ConcurrentHashMap.newKeySet();

    Article7Reminders(Article7Store store, Notifications queue, Recipients recipients, MemberMessenger messenger,
            Article7Properties properties, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.recipients = recipients;
        this.messenger = messenger;
        this.properties = properties;
        this.clock = clock;
    }

    /** A platform is known: the reminders of its next deadline (and the one after) are scheduled, once. */
    public void platformKnown(String countryCode) {
        Article7Deadline next = Article7Deadline.next(countryCode, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                properties.dueDay());
        plan(next);
        plan(next.following());
    }

    /** The report for {@code reportYear} was submitted: its remaining reminders will not go out. */
    public void reportSubmitted(String countryCode, int reportYear) {
        store.submitted(countryCode, reportYear, clock.instant());
        Article7Deadline deadline = new Article7Deadline(countryCode, reportYear + 1, properties.dueDay());
        messenger.cancel(deadline.guard(), null, "the Article 7 report for " + reportYear + " was submitted");
        log.info("Article 7 report {} of {} submitted: its reminders are cancelled", reportYear, countryCode);
        platformKnown(countryCode);
    }

    /** The reminders of one deadline: the triggers are keyed by country, year and occurrence, so planning twice adds nothing. */
    void plan(Article7Deadline deadline) {
        if (!planned.add(deadline.subject())) {
            return;
        }
        for (Duration before : properties.reminders()) {
            queue.queue(Notification.trigger(triggerId(deadline, before.toString()), REMINDER_TRIGGER,
                    deadline.countryCode(), deadline.guard() + "#" + before, deadline.reminderAt(before,
                            properties.hour()), clock.instant()));
        }
        queue.queue(Notification.trigger(triggerId(deadline, ESCALATION), ESCALATION_TRIGGER, deadline.countryCode(),
                deadline.guard() + "#" + ESCALATION, deadline.escalationAt(properties.hour()), clock.instant()));
    }

    Optional<String> staleReason(String guard) {
        Article7Deadline deadline = deadlineOf(guard);
        return store.isSubmitted(deadline.countryCode(), deadline.reportYear())
                ? Optional.of("the Article 7 report for " + deadline.reportYear() + " was submitted")
                : Optional.empty();
    }

    /** A reminder before the deadline: to every member of the platform who receives deadline messages. */
    void remind(Notification trigger) {
        Article7Deadline deadline = deadlineOf(SendGuard.conditionOf(trigger.guard()));
        String before = SendGuard.detailOf(trigger.guard());
        long days = Duration.parse(before).toDays();
        send(deadline, recipients.ofPlatform(deadline.countryCode()), Article7Texts.REMINDER, before, days);
        plan(deadline.following());
    }

    /** The deadline passed without the report: the lead and the champion are told. */
    void escalate(Notification trigger) {
        Article7Deadline deadline = deadlineOf(SendGuard.conditionOf(trigger.guard()));
        send(deadline, recipients.withRole(deadline.countryCode(), Set.copyOf(properties.escalateTo())),
                Article7Texts.OVERDUE, ESCALATION, 0);
        plan(deadline.following());
    }

    private void send(Article7Deadline deadline, List<Recipient> to, String kind, String occurrence, long days) {
        messenger.send(to, new Mailing(kind, deadline.countryCode(), deadline.subject(), occurrence,
                MessageCategory.DEADLINES, Category.ARTICLE_7_REMINDER.wireName(), clock.instant(), deadline.guard(),
                r -> letter(deadline, r, kind, days)));
    }

    static Letter letter(Article7Deadline deadline, Recipient recipient, String kind, long days) {
        String language = Article7Texts.languageFor(recipient.contact().language());
        LetterTemplate template = Article7Texts.of(kind, language);
        Map<String, String> values = new HashMap<>();
        values.put("platform", deadline.countryCode());
        values.put("year", String.valueOf(deadline.reportYear()));
        values.put("deadline", LetterTemplate.localDate(deadline.dueDate(), language));
        values.put("days", String.valueOf(days));
        return new Letter(language, template.email(language, values, null), template.sms(values, null), null);
    }

    private Article7Deadline deadlineOf(String condition) {
        String[] parts = condition.split("/");
        return new Article7Deadline(parts[1], Integer.parseInt(parts[2]), properties.dueDay());
    }

    private static IdempotencyKey triggerId(Article7Deadline deadline, String occurrence) {
        return IdempotencyKey.ofAddress("article7", deadline.subject(), "trigger", occurrence);
    }
}
