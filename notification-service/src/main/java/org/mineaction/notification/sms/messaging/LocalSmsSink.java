package org.mineaction.notification.sms.messaging;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mineaction.notification.sms.SmsProvider;
import org.mineaction.notification.sms.domain.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The local mode's SMS provider: logs every SMS (it is demo data) and keeps the last ones in memory. */
@Component
@Profile("local")
class LocalSmsSink implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LocalSmsSink.class);
    private static final int KEPT = 500;

    private final List<SentSms> sent = new CopyOnWriteArrayList<>();

    record SentSms(String id, String to, String text, int segments) {
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String send(SmsMessage message) {
        String id = "LOCAL" + UUID.randomUUID().toString().replace("-", "");
        if (sent.size() >= KEPT) {
            sent.removeFirst();
        }
        sent.add(new SentSms(id, message.recipient().phone().value(), message.text(), message.segments().segments()));
        log.info("SMS {} to {} ({} segment(s), {}): {}", id, message.recipient().phone().value(),
                message.segments().segments(), message.segments().encoding(), message.text());
        return id;
    }

    List<SentSms> sent() {
        return List.copyOf(sent);
    }
}
