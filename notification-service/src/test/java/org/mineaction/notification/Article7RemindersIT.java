package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.notification.MeetingEventsFixture.ALL;
import static org.mineaction.notification.MeetingEventsFixture.member;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.notification.MeetingEventsFixture.Member;
import org.mineaction.notification.recipients.Recipients;
import org.mineaction.testing.EmbeddedInfrastructure;
import org.mineaction.testing.KafkaTestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Article 7 deadline: platforms heard of on the platform topic are reminded 60, 30 and 7 days
 * before 30 April while their report for the previous year is missing, in each member's language;
 * a platform that submitted is not; after the deadline the lead and the champion are told.
 */
@EmbeddedInfrastructure(database = "notification-article7")
@SpringBootTest
@ActiveProfiles("test")
@Import(Article7RemindersIT.MovedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class Article7RemindersIT {

    static final int SMTP_PORT = Mails.freePort();

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration
    static class MovedClock {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    MovableClock clock;

    @Autowired
    Recipients recipients;

    @Autowired
    MongoTemplate mongo;

    @Test
    void remindsPlatformsWithoutTheirReportAndEscalatesToLeadAndChampionAfterTheDeadline() {
        Member lead = member("KHM", "fr", "Asia/Phnom_Penh", null, "LEAD", ALL, List.of());
        Member champion = member("KHM", "es", "Europe/Madrid", null, "CHAMPION", ALL, List.of());
        Member member = member("KHM", "en", "Asia/Phnom_Penh", null, "MEMBER", ALL, List.of());
        Member noDeadlines = member("KHM", "en", "Asia/Phnom_Penh", null, "MEMBER",
                List.of("INVITATIONS", "REMINDERS"), List.of());
        Member submitter = member("COL", "es", "America/Bogota", null, "LEAD", ALL, List.of());
        MeetingEventsFixture fixture = new MeetingEventsFixture(bootstrap);
        for (Member m : List.of(lead, champion, member, noDeadlines, submitter)) {
            fixture.join(m);
        }
        eventually(() -> assertThat(List.of(lead, champion, member, noDeadlines, submitter))
                .allSatisfy(m -> assertThat(recipients.find(m.id())).isPresent()));

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int year = LocalDate.of(today.getYear(), 4, 30).isBefore(today) ? today.getYear() + 1 : today.getYear();
        LocalDate deadline = LocalDate.of(year, 4, 30);
        publish("org.mineaction.platform.updated.v1", "KHM", Map.of("countryCode", "KHM", "name", "Cambodia"));
        publish("org.mineaction.platform.updated.v1", "COL", Map.of("countryCode", "COL"));
        publish("org.mineaction.platform.article7.submitted.v1", "COL",
                Map.of("countryCode", "COL", "reportYear", year - 1, "somethingElse", true));
        eventually(() -> assertThat(mongo.count(Query.query(Criteria.where("kind").regex("^trigger:article7")
                .and("countryCode").is("KHM")), "notifications")).isEqualTo(8));

        moveTo(deadline.minusDays(60));
        MimeMessage french = Mails.awaitOne(MAIL, lead.email(),
                "Rapport au titre de l'article 7 pour " + (year - 1) + " attendu le 30 avril " + year);
        assertThat(Mails.parts(french).get("text/plain")).contains("KHM", "60 jours");
        MimeMessage english = Mails.awaitOne(MAIL, member.email(), "Article 7 report for " + (year - 1)
                + " due on April 30, " + year);
        assertThat(Mails.header(english, "List-Unsubscribe")).isNotNull();
        Mails.awaitOne(MAIL, champion.email(), "Informe del artículo 7 de " + (year - 1));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("kind").is("trigger:article7-reminder")
                .and("countryCode").is("COL").and("status").is("SKIPPED")), Document.class, "notifications"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.getString("lastError"))
                        .contains("report for " + (year - 1) + " was submitted")));

        moveTo(deadline.minusDays(30));
        eventually(() -> assertThat(Mails.to(MAIL, member.email(), "Article 7 report")).hasSize(2));
        moveTo(deadline.minusDays(7));
        eventually(() -> assertThat(Mails.to(MAIL, member.email(), "Article 7 report")).hasSize(3));
        moveTo(deadline.plusDays(1));
        Mails.awaitOne(MAIL, lead.email(), "Rapport au titre de l'article 7 pour " + (year - 1) + " en retard");
        Mails.awaitOne(MAIL, champion.email(), "Informe del artículo 7 de " + (year - 1) + " atrasado");

        assertThat(Mails.to(MAIL, member.email(), "Article 7 report for " + (year - 1) + " overdue"))
                .as("escalated to the lead and the champion only").isEmpty();
        assertThat(Mails.to(MAIL, noDeadlines.email())).as("opted for no deadline messages").isEmpty();
        assertThat(Mails.to(MAIL, submitter.email())).as("its report is in").isEmpty();
        assertThat(Mails.to(MAIL, lead.email())).hasSize(4);
    }

    @Test
    void readsEveryPublicPlatformEventOfTheCatalogueWithoutParkingAny() {
        List<EventCatalogue.Type> types = List.of(EventCatalogue.Type.PLATFORM_REGISTERED,
                EventCatalogue.Type.PLATFORM_UPDATED, EventCatalogue.Type.PLATFORM_COMPOSITION_CHANGED,
                EventCatalogue.Type.CHAMPION_ROTATED, EventCatalogue.Type.OBLIGATION_CHANGED,
                EventCatalogue.Type.ORGANISATION_REGISTERED, EventCatalogue.Type.ORGANISATION_UPDATED,
                EventCatalogue.Type.MEMBER_JOINED, EventCatalogue.Type.MEMBER_UPDATED, EventCatalogue.Type.MEMBER_LEFT,
                EventCatalogue.Type.MEMBER_ERASED, EventCatalogue.Type.ARTICLE7_REPORT_SUBMITTED);
        List<String> ids = types.stream().map(type -> KafkaTestRecords.publish(bootstrap,
                EventCatalogue.Topics.PLATFORM_EVENTS, type.ceType(), "KHM",
                org.mineaction.testing.CatalogueAssertions.example(type))).toList();
        // Published last, on the same partition: once it is parked, every example before it was read.
        String broken = KafkaTestRecords.publish(bootstrap, EventCatalogue.Topics.PLATFORM_EVENTS,
                EventCatalogue.Type.PLATFORM_UPDATED.ceType(), "KHM", "{\"countryCode\": ");

        List<String> parked = KafkaTestRecords.readAll(bootstrap, EventCatalogue.Topics.PLATFORM_EVENTS + ".DLT", 1)
                .stream().map(r -> new String(r.headers().lastHeader("ce_id").value())).toList();
        assertThat(parked).contains(broken).doesNotContainAnyElementsOf(ids);
        eventually(() -> assertThat(mongo.exists(Query.query(Criteria.where("_id").is("KHM/2025")
                .and("submitted").is(true)), "article7_reports")).isTrue());
    }

    private void moveTo(LocalDate day) {
        Instant target = day.atTime(6, 1).toInstant(ZoneOffset.UTC);
        Duration ahead = Duration.between(clock.instant(), target);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
    }

    private void publish(String type, String country, Map<String, Object> data) {
        KafkaTestRecords.publish(bootstrap, EventCatalogue.Topics.PLATFORM_EVENTS, type, country,
                MeetingEventsFixture.JSON.writeValueAsString(data));
    }
}
