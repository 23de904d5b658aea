package org.mineaction.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/** Reading what arrived at GreenMail: by recipient, each part's text, the iCalendar parsed with ical4j. */
final class Mails {

    private Mails() {
    }

    static List<MimeMessage> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
            try {
                Address[] recipients = mail.getAllRecipients();
                return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<MimeMessage> to(GreenMailExtension server, String address, String subjectStart) {
        return to(server, address).stream().filter(mail -> subject(mail).startsWith(subjectStart)).toList();
    }

    static MimeMessage awaitOne(GreenMailExtension server, String address, String subjectStart) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> to(server, address, subjectStart), mails -> !mails.isEmpty()).getFirst();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base content type (text/plain, text/html, text/calendar) to its text. */
    static Map<String, String> parts(Part part) {
        Map<String, String> parts = new HashMap<>();
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    parts.putAll(parts(child));
                }
            } else {
                Object content = part.getContent();
                String text = content instanceof InputStream in ? read(in) : String.valueOf(content);
                parts.put(new ContentType(part.getContentType()).getBaseType().toLowerCase(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return parts;
    }

    /** The attached iCalendar, parsed (and so validated) by ical4j. */
    static Calendar calendar(MimeMessage mail) {
        String ics = parts(mail).get("text/calendar");
        if (ics == null) {
            throw new AssertionError("No text/calendar part in " + subject(mail));
        }
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("The iCalendar does not parse: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties as command-line arguments: above the application.yml defaults, as the environment would be. */
    static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
