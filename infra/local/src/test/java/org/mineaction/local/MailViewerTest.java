package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailViewerTest {

    private final List<MimeMessage> inbox = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private MailViewer viewer;
    private URI base;

    @BeforeEach
    void start() {
        int port = Ports.freePorts(1)[0];
        viewer = new MailViewer(port, () -> List.copyOf(inbox));
        viewer.start();
        base = URI.create("http://localhost:" + port);
    }

    @AfterEach
    void stop() {
        viewer.close();
    }

    private static MimeMessage message(String to, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("platform-hub@mineaction.local"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date(1_700_000_000_000L));
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsEveryMessageAsJson() throws Exception {
        inbox.add(message("lead@example.org", "Bienvenue \"KHM\"", "Line 1\nLigne 2 é"));
        MimeMessage multipart = new MimeMessage(Session.getInstance(new Properties()));
        multipart.setRecipients(Message.RecipientType.TO, "a@example.org, b@example.org");
        multipart.setSubject("Invitation");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("plain body");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setText("BEGIN:VCALENDAR", "UTF-8", "calendar");
        calendar.setFileName("invite.ics");
        multipart.setContent(new MimeMultipart(plain, calendar));
        multipart.saveChanges();
        inbox.add(multipart);

        HttpResponse<String> response = get("/messages");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        String json = response.body();
        assertThat(JsonPath.<Integer>read(json, "$.length()")).isEqualTo(2);
        assertThat(JsonPath.<String>read(json, "$[0].subject")).isEqualTo("Bienvenue \"KHM\"");
        assertThat(JsonPath.<String>read(json, "$[0].text")).isEqualTo("Line 1\nLigne 2 é");
        assertThat(JsonPath.<List<String>>read(json, "$[0].to")).containsExactly("lead@example.org");
        assertThat(JsonPath.<String>read(json, "$[0].from")).isEqualTo("platform-hub@mineaction.local");
        assertThat(JsonPath.<String>read(json, "$[0].date")).isEqualTo("2023-11-14T22:13:20Z");
        assertThat(JsonPath.<List<String>>read(json, "$[1].to")).containsExactly("a@example.org", "b@example.org");
        assertThat(JsonPath.<String>read(json, "$[1].text")).isEqualTo("plain body");
    }

    @Test
    void filtersByRecipient() throws Exception {
        inbox.add(message("lead@example.org", "one", "1"));
        inbox.add(message("other@example.org", "two", "2"));

        String json = get("/messages?to=LEAD%40example.org").body();

        assertThat(JsonPath.<List<String>>read(json, "$[*].subject")).containsExactly("one");
    }

    @Test
    void theHtmlPageEscapesWhatTheMessagesContain() throws Exception {
        inbox.add(message("lead@example.org", "<script>alert(1)</script>", "a & b"));

        HttpResponse<String> response = get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; b")
                .doesNotContain("<script>alert");
    }

    @Test
    void isReadOnly() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(base.resolve("/messages"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }
}
