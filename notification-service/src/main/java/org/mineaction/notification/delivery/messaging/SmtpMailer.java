package org.mineaction.notification.delivery.messaging;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mineaction.notification.delivery.DeliveryFailedException;
import org.mineaction.notification.delivery.Mailer;
import org.mineaction.notification.delivery.MailerUnavailableException;
import org.mineaction.notification.delivery.domain.Attachment;
import org.mineaction.notification.delivery.domain.IdempotencyKey;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.mineaction.notification.unsubscribe.domain.UnsubscribeLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notifications over SMTP as multipart messages (plain text and HTML alternatives).
 *
 * <p>A circuit breaker stands in front of the server: once it fails often enough, attempts stop
 * for a while instead of each waiting for a connection timeout and using up the notifications'
 * attempts.
 */
@Component
class SmtpMailer implements Mailer {

    static final String CIRCUIT_BREAKER = "smtp";
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of the class path for
        // every body part it creates or writes: 40% of the sending thread's time in the fan-out
        // benchmark. Named here, it is instantiated directly (unless the deployment names another).
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@:;,]+@");

    private final JavaMailSender sender;
    private final CircuitBreaker circuitBreaker;
    private final String from;
    private final String messageIdDomain;
    private final Unsubscribes unsubscribes;

    SmtpMailer(JavaMailSender sender, CircuitBreakerRegistry circuitBreakers, Unsubscribes unsubscribes,
            @Value("${mineaction.mail.from}") String from) {
        this.sender = sender;
        this.unsubscribes = unsubscribes;
        this.circuitBreaker = circuitBreakers.circuitBreaker(CIRCUIT_BREAKER);
        this.from = from;
        this.messageIdDomain = from.substring(from.lastIndexOf('@') + 1);
    }

    @Override
    public void send(Notification notification) {
        DeliveryFailedException failed = sendAll(List.of(notification)).get(notification.id());
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * One SMTP connection for the whole batch (JavaMailSender sends an array over one transport).
     * The breaker counts a batch as failed only when the server took none of it: one refused
     * address says nothing about the server's health.
     */
    @Override
    public Map<IdempotencyKey, DeliveryFailedException> sendAll(List<Notification> notifications) {
        Map<IdempotencyKey, DeliveryFailedException> failures = new HashMap<>();
        Map<MimeMessage, Notification> composed = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (Notification notification : notifications) {
            try {
                MimeMessage message = compose(notification);
                composed.put(message, notification);
                messages.add(message);
            } catch (DeliveryFailedException e) {
                failures.put(notification.id(), e);
            }
        }
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            circuitBreaker.executeRunnable(() -> {
                try {
                    sender.send(messages.toArray(MimeMessage[]::new));
                } catch (MailSendException e) {
                    if (e.getFailedMessages().isEmpty() || e.getFailedMessages().size() >= messages.size()) {
                        throw e;
                    }
                    e.getFailedMessages().forEach((message, cause) -> failures.put(
                            composed.get((MimeMessage) message).id(), failureOf(e, cause)));
                }
            });
        } catch (CallNotPermittedException open) {
            throw new MailerUnavailableException("the circuit to the mail server is open", retryAfter());
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                messages.forEach(message -> failures.put(composed.get(message).id(),
                        new DeliveryFailedException(describe(e), false, e)));
            } else {
                e.getFailedMessages().forEach((message, cause) -> failures.put(
                        composed.get((MimeMessage) message).id(), failureOf(e, cause)));
            }
        } catch (MailException e) {
            messages.forEach(message -> failures.put(composed.get(message).id(),
                    new DeliveryFailedException(describe(e), false, e)));
        }
        return failures;
    }

    private static DeliveryFailedException failureOf(MailSendException batch, Exception cause) {
        boolean rejected = cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0;
        String description = cause == null ? describe(batch)
                : ADDRESS.matcher(String.valueOf(cause.getMessage())).replaceAll("***@");
        return new DeliveryFailedException(description, rejected, batch);
    }

    private MimeMessage compose(Notification notification) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom(from);
            helper.setTo(notification.recipient().value());
            helper.setSubject(notification.content().subject());
            helper.setText(notification.content().text(), notification.content().html());
            Attachment attachment = notification.attachment();
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(
                        attachment.content().getBytes(StandardCharsets.UTF_8)), attachment.contentType());
            }
            message.setHeader("Content-Language", notification.language());
            // RFC 3834: auto-responders should not answer a machine.
            message.setHeader("Auto-Submitted", "auto-generated");
            // Kept by JavaMailSender: the same on every attempt, see IdempotencyKey#messageId.
            message.setHeader("Message-ID", notification.id().messageId(messageIdDomain));
            // RFC 2369 + RFC 8058 one-click, for what a member may opt out of; none on transactional
            // messages (account, welcome) or critical ones (meeting changes, cancellations).
            unsubscribes.linksFor(notification.memberId(), notification.category()).ifPresent(links -> {
                try {
                    message.setHeader("List-Unsubscribe", links.listUnsubscribe());
                    message.setHeader("List-Unsubscribe-Post", UnsubscribeLinks.listUnsubscribePost());
                } catch (MessagingException e) {
                    throw new DeliveryFailedException("the message cannot be composed: " + e.getMessage(), true, e);
                }
            });
            return message;
        } catch (MessagingException e) {
            throw new DeliveryFailedException("the message cannot be composed: " + e.getMessage(), true, e);
        }
    }

    private Duration retryAfter() {
        return Duration.ofMillis(circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
    }

    /** The server's answer, for the notification and the logs, with any address in it masked. */
    private static String describe(MailException e) {
        Throwable cause = e.getMostSpecificCause();
        String description = cause == e ? e.getMessage() : e.getMessage() + " (" + cause + ")";
        return ADDRESS.matcher(String.valueOf(description)).replaceAll("***@");
    }
}
