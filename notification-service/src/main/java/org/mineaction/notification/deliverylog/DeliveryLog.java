package org.mineaction.notification.deliverylog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.Notifications;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.DeliveryRecord;
import org.mineaction.notification.sms.SmsMessages;
import org.springframework.stereotype.Service;

/**
 * A platform's delivery log: every e-mail and SMS sent (or not) for it, newest first, with what
 * became of it (queued, sent, delivered, failed or skipped, with the reason) and never an address,
 * a phone number or a text.
 */
@Service
public class DeliveryLog {

    public static final int MAX_PAGE_SIZE = 200;
    /** Deeper pages of both channels together would read too much; filter by channel to go further. */
    public static final int MAX_MERGED_OFFSET = 10_000;

    private final Notifications emails;
    private final SmsMessages sms;

    DeliveryLog(Notifications emails, SmsMessages sms) {
        this.emails = emails;
        this.sms = sms;
    }

    /** One page of a platform's log. */
    public record Page(List<DeliveryRecord> content, int page, int size, long totalElements) {

        public long totalPages() {
            return size == 0 ? 0 : (totalElements + size - 1) / size;
        }
    }

    /** @param channel null for both channels together */
    public Page page(String countryCode, Channel channel, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        long offset = (long) page * size;
        if (channel == Channel.EMAIL) {
            return new Page(emails.log(countryCode, offset, size), page, size, emails.logSize(countryCode));
        }
        if (channel == Channel.SMS) {
            return new Page(sms.log(countryCode, offset, size), page, size, sms.logSize(countryCode));
        }
        if (offset + size > MAX_MERGED_OFFSET) {
            throw new InvalidInputException("page", "goes beyond " + MAX_MERGED_OFFSET
                    + " messages; filter by channel to read further");
        }
        List<DeliveryRecord> both = new ArrayList<>(emails.log(countryCode, 0, (int) (offset + size)));
        both.addAll(sms.log(countryCode, 0, (int) (offset + size)));
        both.sort(Comparator.comparing(DeliveryRecord::createdAt).reversed().thenComparing(DeliveryRecord::id));
        List<DeliveryRecord> content = both.stream().skip(offset).limit(size).toList();
        return new Page(content, page, size, emails.logSize(countryCode) + sms.logSize(countryCode));
    }

    public Optional<DeliveryRecord> entry(String countryCode, String id) {
        return emails.logEntry(countryCode, id).or(() -> sms.logEntry(countryCode, id));
    }
}
