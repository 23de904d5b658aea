package org.mineaction.notification.delivery.messaging;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Pattern;
import org.mineaction.notification.delivery.DeliveryFailedException;
import org.mineaction.notification.delivery.Mailer;
import org.mineaction.notification.delivery.MailerUnavailableException;
import org.mineaction.notification.delivery.domain.Notification;
import org.mineaction.notification.unsubscribe.Unsubscribes;
import org.mineaction.notification.unsubscribe.domain.UnsubscribeLinks;
import org.springframework.beans.factory.annotation.Value;
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
        MimeMessage message = compose(notification);
        try {
            circuitBreaker.executeRunnable(() -> sender.send(message));
        } catch (CallNotPermittedException open) {
            throw new MailerUnavailableException("the circuit to the mail server is open", retryAfter());
        } catch (MailException e) {
            throw new DeliveryFailedException(describe(e), recipientRejected(e), e);
        }
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

    /** A server that refuses the address will refuse it next time too. */
    private static boolean recipientRejected(MailException e) {
        return e instanceof MailSendException send && send.getFailedMessages().values().stream()
                .anyMatch(failure -> failure instanceof SendFailedException rejected
                        && rejected.getInvalidAddresses() != null && rejected.getInvalidAddresses().length > 0);
    }

    /** The server's answer, for the notification and the logs, with any address in it masked. */
    private static String describe(MailException e) {
        Throwable cause = e.getMostSpecificCause();
        String description = cause == e ? e.getMessage() : e.getMessage() + " (" + cause + ")";
        return ADDRESS.matcher(String.valueOf(description)).replaceAll("***@");
    }
}
