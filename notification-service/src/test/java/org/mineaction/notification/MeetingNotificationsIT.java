package org.mineaction.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.notification.MeetingEventsFixture.ALL;
import static org.mineaction.notification.MeetingEventsFixture.invitations;
import static org.mineaction.notification.MeetingEventsFixture.meeting;
import static org.mineaction.notification.MeetingEventsFixture.member;
import static org.mineaction.testing.Eventually.eventually;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.testing.CatalogueAssertions;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.notification.MeetingEventsFixture.Member;
import org.mineaction.testing.security.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * Every meeting trigger end to end: meeting-service's events in over a real broker, the members'
 * contact data from the delivery topic, e-mails out to GreenMail and SMS to a real HTTP server
 * standing in for the provider; each in the member's language with times in their zone. The clock
 * is moved forward so reminders fall due without waiting days.
 */
@EmbeddedInfrastructure(database = "notification-meetings")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MeetingNotificationsIT.MovedClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MeetingNotificationsIT {

    static final int SMTP_PORT = Mails.freePort();
    static final FakeSmsProvider PROVIDER = new FakeSmsProvider();
    static final String UID_DOMAIN = "platform-hub.mineaction.org";

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
        registry.add("mineaction.sms.provider.base-url", PROVIDER::baseUrl);
        registry.add("mineaction.sms.provider.account-sid", () -> FakeSmsProvider.ACCOUNT);
        registry.add("mineaction.sms.provider.auth-token", () -> FakeSmsProvider.TOKEN);
        registry.add("mineaction.sms.provider.from", () -> "+15005550006");
        registry.add("mineaction.sms.rate-per-second", () -> 50);
        // Quiet hours have their own test (SmsDeliveryIT); here an SMS goes whatever the hour.
        registry.add("mineaction.sms.quiet-hours.start", () -> "00:00");
        registry.add("mineaction.sms.quiet-hours.end", () -> "00:00");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    MovableClock clock;

    @Autowired
    Recipients recipients;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    MeetingEventsFixture events() {
        return new MeetingEventsFixture(bootstrap);
    }

    void joined(Member... members) {
        for (Member m : members) {
            events().join(m);
        }
        for (Member m : members) {
            eventually(() -> assertThat(recipients.find(m.id())).isPresent());
        }
    }

    @Test
    void invitationUpdateAndCancellationInEachMembersLanguageAndZoneWithOneCalendarEntry() throws Exception {
        Member fr = member("KHM", "fr", "Asia/Phnom_Penh", "+85512300001", "MEMBER", ALL, List.of("INVITATIONS"));
        Member es = member("KHM", "es", "America/Bogota", null, "MEMBER", ALL, List.of());
        Member de = member("KHM", "de", "Europe/Berlin", null, "MEMBER", ALL, List.of());
        Member criticalOnly = member("KHM", "en", "Europe/London", null, "MEMBER", List.of(), List.of());
        joined(fr, es, de, criticalOnly);
        String meetingId = "q2-" + UUID.randomUUID();
        // 10 June 2027, 02:30 UTC: 09:30 in Phnom Penh, 21:30 the day before in Bogota, 04:30 in Berlin.
        Instant start = Instant.parse("2027-06-10T02:30:00Z");
        Map<String, Object> meeting = meeting(meetingId, "Quarterly platform meeting", start,
                start.plus(Duration.ofHours(3)), "Asia/Phnom_Penh", "CMAA, Phnom Penh", 0);
        events().publish("scheduled", "KHM", meeting);
        events().publish("invitations.issued", "KHM", invitations(meeting, List.of(fr, es, de, criticalOnly)));

        MimeMessage french = Mails.awaitOne(MAIL, fr.email(), "Invitation : Quarterly platform meeting");
        assertThat(Mails.header(french, "Content-Language")).isEqualTo("fr");
        Map<String, String> frParts = Mails.parts(french);
        assertThat(frParts.get("text/plain")).contains("10 juin 2027", "09:30", "Asia/Phnom_Penh", "CMAA, Phnom Penh",
                "http://localhost:8080/rsvp/" + meetingId + "/" + fr.id());
        assertThat(frParts.get("text/html")).contains("<html lang=\"fr\">", "09:30");
        Calendar invitation = Mails.calendar(french);
        String uid = "meeting-khm-" + meetingId + "@" + UID_DOMAIN;
        assertThat(invitation.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent first = (VEvent) invitation.getComponent("VEVENT").orElseThrow();
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(first.getSequence().getSequenceNo()).isZero();
        assertThat(first.<DtStart<?>>getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow()
                .getValue()).isEqualTo("Asia/Phnom_Penh");
        assertThat(Mails.header(french, "List-Unsubscribe")).as("an invitation may be opted out of").isNotNull();

        MimeMessage spanish = Mails.awaitOne(MAIL, es.email(), "Invitación: Quarterly platform meeting");
        assertThat(Mails.parts(spanish).get("text/plain")).contains("9 de junio de 2027", "21:30", "America/Bogota");
        MimeMessage fallback = Mails.awaitOne(MAIL, de.email(), "Invitation: Quarterly platform meeting");
        assertThat(Mails.parts(fallback).get("text/plain")).as("no German wording: English, Berlin time")
                .contains("Hello,", "June 10, 2027", "4:30", "Europe/Berlin");
        eventually(() -> assertThat(PROVIDER.acceptedFor(fr.phone())).singleElement()
                .satisfies(sms -> assertThat(sms.body()).startsWith("Invitation : Quarterly platform meeting")
                        .contains("09:30", "/rsvp/" + meetingId)));

        // Moved a week later: the update goes to everyone, even a member who receives only critical messages.
        Instant moved = Instant.parse("2027-06-17T03:00:00Z");
        events().publish("rescheduled", "KHM", meeting(meetingId, "Quarterly platform meeting", moved,
                moved.plus(Duration.ofHours(3)), "Asia/Phnom_Penh", "CMAA, Phnom Penh", 1));
        MimeMessage update = Mails.awaitOne(MAIL, fr.email(), "Réunion déplacée : Quarterly platform meeting");
        assertThat(Mails.parts(update).get("text/plain")).contains("17 juin 2027", "10:00");
        Calendar updated = Mails.calendar(update);
        VEvent second = (VEvent) updated.getComponent("VEVENT").orElseThrow();
        assertThat(updated.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(second.getSequence().getSequenceNo()).isGreaterThan(
                first.getSequence().getSequenceNo());
        Mails.awaitOne(MAIL, criticalOnly.email(), "Meeting moved: Quarterly platform meeting");
        assertThat(Mails.header(Mails.awaitOne(MAIL, criticalOnly.email(), "Meeting moved"), "List-Unsubscribe"))
                .as("critical: no way to opt out").isNull();

        events().publish("cancelled", "KHM", Map.of("meetingId", meetingId, "sequence", 2));
        MimeMessage cancellation = Mails.awaitOne(MAIL, es.email(), "Reunión cancelada: Quarterly platform meeting");
        Calendar cancelled = Mails.calendar(cancellation);
        VEvent third = (VEvent) cancelled.getComponent("VEVENT").orElseThrow();
        assertThat(cancelled.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(third.getUid().orElseThrow().getValue()).isEqualTo(uid);
        assertThat(third.getSequence().getSequenceNo()).isEqualTo(2);
        Mails.awaitOne(MAIL, criticalOnly.email(), "Meeting cancelled: Quarterly platform meeting");

        assertThat(Mails.to(MAIL, criticalOnly.email(), "Invitation")).as("invitations are not critical").isEmpty();
        assertThat(Mails.to(MAIL, fr.email())).hasSize(3);
    }

    @Test
    void remindersFollowARescheduleAndStopWithACancellation() {
        Member member = member("KHM", "en", "Europe/Zurich", null, "MEMBER", ALL, List.of());
        joined(member);
        String meetingId = "tw-" + UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant first = now.plus(Duration.ofDays(10));
        Map<String, Object> meeting = meeting(meetingId, "Technical working group", first,
                first.plus(Duration.ofHours(2)), "Europe/Zurich", "Geneva", 0);
        events().publish("invitations.issued", "KHM", invitations(meeting, List.of(member)));
        Mails.awaitOne(MAIL, member.email(), "Invitation: Technical working group");
        eventually(() -> assertThat(triggers(meetingId, "QUEUED")).hasSize(2));

        Instant second = now.plus(Duration.ofDays(20));
        events().publish("rescheduled", "KHM", meeting(meetingId, "Technical working group", second,
                second.plus(Duration.ofHours(2)), "Europe/Zurich", "Geneva", 1));
        Mails.awaitOne(MAIL, member.email(), "Meeting moved: Technical working group");
        eventually(() -> assertThat(triggers(meetingId, "SKIPPED")).hasSize(2)
                .allSatisfy(t -> assertThat(t.getString("lastError")).isEqualTo("the meeting was rescheduled")));

        // The first date's 7-day reminder would have been due now: nothing goes.
        clock.advance(Duration.ofDays(4));
        // The new date's 7-day reminder falls due: one reminder, with the new date.
        clock.advance(Duration.ofDays(10));
        MimeMessage reminder = Mails.awaitOne(MAIL, member.email(), "Reminder: Technical working group");
        LocalDate day = LocalDate.ofInstant(second, java.time.ZoneId.of("Europe/Zurich"));
        String date = day.getDayOfMonth() + ", " + day.getYear();
        assertThat(Mails.parts(reminder).get("text/plain")).contains(date, "Europe/Zurich");
        assertThat(Mails.to(MAIL, member.email(), "Reminder")).hasSize(1);

        events().publish("cancelled", "KHM", Map.of("meetingId", meetingId, "sequence", 2));
        Mails.awaitOne(MAIL, member.email(), "Meeting cancelled: Technical working group");
        eventually(() -> assertThat(triggers(meetingId, "QUEUED")).isEmpty());
        clock.advance(Duration.ofDays(6));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("kind").is("trigger:meeting-reminder")
                .and("status").is("SKIPPED").and("lastError").is("the meeting was cancelled")), Document.class,
                "notifications")).isNotEmpty());
        assertThat(Mails.to(MAIL, member.email(), "Reminder")).as("no reminder of a cancelled meeting").hasSize(1);
    }

    @Test
    void theSameEventTwiceSendsOneMessageAndUnknownFieldsAreIgnored() {
        Member member = member("COL", "es", "America/Bogota", null, "MEMBER", ALL, List.of());
        joined(member);
        String meetingId = "dup-" + UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(60));
        Map<String, Object> meeting = meeting(meetingId, "Reunión nacional", start, start.plus(Duration.ofHours(2)),
                "America/Bogota", "Bogotá", 0);
        events().publishTwice("invitations.issued", "COL", invitations(meeting, List.of(member)));
        // Published after the replay on the same partition: once it arrived, the replay was handled.
        String marker = "marker-" + UUID.randomUUID();
        Map<String, Object> markerMeeting = meeting(marker, "Marcador", start, start.plus(Duration.ofHours(1)),
                "America/Bogota", "Bogotá", 0);
        events().publish("invitations.issued", "COL", invitations(markerMeeting, List.of(member)));
        Mails.awaitOne(MAIL, member.email(), "Invitación: Marcador");

        assertThat(Mails.to(MAIL, member.email(), "Invitación: Reunión nacional")).hasSize(1);
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        Member member = member("KHM", "en", "Asia/Phnom_Penh", null, "MEMBER", ALL, List.of());
        joined(member);
        String broken = KafkaTestRecords.publish(bootstrap, MeetingEventsFixture.MEETING_TOPIC,
                "org.mineaction.meeting.invitations.issued.v1", "KHM", "{\"meetingId\": ");
        String noMeeting = events().publish("invitations.issued", "KHM", Map.of("title", "No id"));

        String meetingId = "after-" + UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(30));
        events().publish("invitations.issued", "KHM", invitations(meeting(meetingId, "After the broken ones", start,
                start.plus(Duration.ofHours(1)), "Asia/Phnom_Penh", "Phnom Penh", 0), List.of(member)));
        Mails.awaitOne(MAIL, member.email(), "Invitation: After the broken ones");

        List<String> parked = KafkaTestRecords.readAll(bootstrap, MeetingEventsFixture.MEETING_TOPIC + ".DLT", 2)
                .stream().map(r -> new String(r.headers().lastHeader("ce_id").value())).toList();
        assertThat(parked).contains(broken, noMeeting);
    }

    @Test
    void minutesApprovedAreCirculatedAndTheSecretariatIsRemindedOfMinutesNotSubmitted() {
        Member secretariat = member("SEN", "fr", "Africa/Dakar", null, "SECRETARIAT", ALL, List.of());
        Member invitee = member("SEN", "es", "Europe/Madrid", null, "MEMBER", ALL, List.of());
        joined(secretariat, invitee);
        String late = "late-" + UUID.randomUUID();
        String onTime = "ontime-" + UUID.randomUUID();
        Instant held = clock.instant().minus(Duration.ofHours(3));
        for (String id : List.of(late, onTime)) {
            events().publish("invitations.issued", "SEN", invitations(meeting(id, "Réunion " + id.substring(0, 4),
                    held, held.plus(Duration.ofHours(2)), "Africa/Dakar", "Dakar", 0), List.of(invitee)));
            events().publish("held", "SEN", Map.of("meetingId", id, "heldAt", held.toString()));
        }
        events().publish("minutes.submitted", "SEN", Map.of("meetingId", onTime));
        events().publish("minutes.approved", "SEN", Map.of("meetingId", onTime,
                "minutesUrl", "http://localhost:8080/platforms/SEN/meetings/" + onTime + "/minutes"));
        MimeMessage minutes = Mails.awaitOne(MAIL, invitee.email(), "Acta aprobada: Réunion onti");
        assertThat(Mails.parts(minutes).get("text/plain")).contains("/meetings/" + onTime + "/minutes");

        clock.advance(Duration.ofDays(8));
        MimeMessage reminder = Mails.awaitOne(MAIL, secretariat.email(), "Compte rendu non encore soumis : Réunion late");
        assertThat(Mails.parts(reminder).get("text/plain")).contains("Sept jours plus tard");
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("kind").is("trigger:minutes-overdue")
                .and("status").is("SKIPPED")), Document.class, "notifications")).isNotEmpty());
        assertThat(Mails.to(MAIL, secretariat.email(), "Compte rendu non encore soumis : Réunion onti")).isEmpty();
        assertThat(Mails.to(MAIL, invitee.email(), "Compte rendu non encore soumis")).as("secretariat only").isEmpty();
    }

    @Test
    void anActionPointOwnerIsRemindedBeforeAndAfterTheDueDayUntilItIsDone() {
        Member owner = member("KHM", "fr", "Asia/Phnom_Penh", null, "MEMBER", ALL, List.of());
        joined(owner);
        String pointId = "ap-" + UUID.randomUUID();
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10);
        events().publish("action-point.assigned", "KHM", Map.of("actionPointId", pointId, "meetingId", "none",
                "title", "Mettre à jour la carte des zones", "ownerMemberId", owner.id(), "dueDate", due.toString()));
        MimeMessage assigned = Mails.awaitOne(MAIL, owner.email(), "Point à traiter qui vous est attribué");
        assertThat(Mails.parts(assigned).get("text/plain")).contains("Mettre à jour la carte des zones",
                due.getDayOfMonth() + " ");

        clock.advance(Duration.ofDays(8));
        Mails.awaitOne(MAIL, owner.email(), "Point à traiter à échéance");
        clock.advance(Duration.ofDays(4));
        Mails.awaitOne(MAIL, owner.email(), "Point à traiter en retard");
        clock.advance(Duration.ofDays(7));
        eventually(() -> assertThat(Mails.to(MAIL, owner.email(), "Point à traiter en retard")).hasSize(2));

        events().publish("action-point.status-changed", "KHM", Map.of("actionPointId", pointId, "status", "DONE"));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("kind").is("trigger:action-point-overdue")
                .and("status").is("QUEUED").and("guard").regex(pointId)), Document.class, "notifications")).isEmpty());
        clock.advance(Duration.ofDays(7));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("kind").is("trigger:action-point-overdue")
                .and("status").is("SKIPPED").and("guard").regex(pointId)), Document.class, "notifications"))
                .isNotEmpty());
        assertThat(Mails.to(MAIL, owner.email(), "Point à traiter en retard")).as("none once done").hasSize(2);
        assertThat(Mails.to(MAIL, owner.email(), "Point à traiter à échéance")).hasSize(1);
    }

    @Test
    void aBadPhoneFailsOnlyThatSmsWithTheReason() {
        Member bad = member("KHM", "en", "Asia/Phnom_Penh", "+85512399999", "MEMBER", ALL, List.of("INVITATIONS"));
        Member good = member("KHM", "en", "Asia/Phnom_Penh", "+85512300002", "MEMBER", ALL, List.of("INVITATIONS"));
        PROVIDER.invalid(bad.phone());
        joined(bad, good);
        String meetingId = "sms-" + UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(40));
        events().publish("invitations.issued", "KHM", invitations(meeting(meetingId, "Resource mobilisation",
                start, start.plus(Duration.ofHours(1)), "Asia/Phnom_Penh", "Phnom Penh", 0), List.of(bad, good)));

        eventually(() -> assertThat(PROVIDER.acceptedFor(good.phone())).hasSize(1));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("memberId").is(bad.id())
                .and("status").is("FAILED")), Document.class, "sms_messages")).singleElement()
                .satisfies(sms -> assertThat(sms.getString("lastError")).contains("400", "not a valid phone number")
                        .doesNotContain(bad.phone())));
        Mails.awaitOne(MAIL, bad.email(), "Invitation: Resource mobilisation");
    }

    @Test
    void anSmsDuringTheMembersOwnQuietHoursWaitsForTheirMorningUnlessItIsCritical() {
        Member member = member("KHM", "en", "Asia/Phnom_Penh", "+85512300003", "MEMBER", ALL, List.of("INVITATIONS"));
        java.time.ZoneId zone = java.time.ZoneId.of(member.zone());
        java.time.LocalTime local = clock.instant().atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        java.time.LocalTime morning = local.plusHours(2);
        events().join(member, local.minusHours(1).toString(), morning.toString());
        eventually(() -> assertThat(recipients.find(member.id())).isPresent());
        String meetingId = "night-" + UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(50));
        events().publish("invitations.issued", "KHM", invitations(meeting(meetingId, "Night owls", start,
                start.plus(Duration.ofHours(1)), member.zone(), "Phnom Penh", 0), List.of(member)));

        Mails.awaitOne(MAIL, member.email(), "Invitation: Night owls");
        Instant expected = clock.instant().atZone(zone).with(morning).toInstant();
        Instant due = expected.isBefore(clock.instant()) ? expected.plus(Duration.ofDays(1)) : expected;
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("memberId").is(member.id())),
                Document.class, "sms_messages")).singleElement().satisfies(sms -> {
                    assertThat(sms.getString("status")).isEqualTo("QUEUED");
                    assertThat(sms.getDate("nextAttemptAt").toInstant()).isEqualTo(due);
                }));
        assertThat(PROVIDER.receivedFor(member.phone())).as("not in the member's night").isEmpty();

        Member sleeper = member("KHM", "en", "Asia/Phnom_Penh", "+85512300004", "MEMBER", ALL, List.of("INVITATIONS"));
        events().join(sleeper, local.minusHours(1).toString(), morning.toString());
        eventually(() -> assertThat(recipients.find(sleeper.id())).isPresent());
        String cancelledId = "night-cancelled-" + UUID.randomUUID();
        events().publish("invitations.issued", "KHM", invitations(meeting(cancelledId, "Cancelled at night", start,
                start.plus(Duration.ofHours(1)), sleeper.zone(), "Phnom Penh", 0), List.of(sleeper)));
        Mails.awaitOne(MAIL, sleeper.email(), "Invitation: Cancelled at night");
        events().publish("cancelled", "KHM", Map.of("meetingId", cancelledId, "sequence", 1));
        eventually(() -> assertThat(PROVIDER.acceptedFor(sleeper.phone())).as("critical: even at night")
                .singleElement().satisfies(sms -> assertThat(sms.body()).startsWith("Cancelled: Cancelled at night")));

        clock.advance(Duration.between(clock.instant(), due).plusMinutes(1));
        eventually(() -> assertThat(PROVIDER.acceptedFor(member.phone())).hasSize(1));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("memberId").is(sleeper.id())
                .and("kind").is("meeting-invitation")), Document.class, "sms_messages")).singleElement()
                .satisfies(sms -> assertThat(sms.getString("lastError")).contains("the meeting was cancelled")));
        assertThat(PROVIDER.acceptedFor(sleeper.phone())).as("the held invitation of a cancelled meeting: never")
                .hasSize(1);
    }

    @Test
    void unsubscribingFromInvitationsStopsThemButNotACancellation() throws Exception {
        Member member = member("KHM", "en", "Asia/Phnom_Penh", null, "MEMBER", ALL, List.of());
        joined(member);
        Instant start = clock.instant().plus(Duration.ofDays(70));
        String first = "first-" + UUID.randomUUID();
        events().publish("invitations.issued", "KHM", invitations(meeting(first, "First meeting", start,
                start.plus(Duration.ofHours(1)), member.zone(), "Phnom Penh", 0), List.of(member)));
        String header = Mails.header(Mails.awaitOne(MAIL, member.email(), "Invitation: First meeting"),
                "List-Unsubscribe");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<https?://[^/>]+(/[^>]+)>").matcher(header);
        assertThat(link.find()).isTrue();
        HttpResponse<String> unsubscribed = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsubscribed.statusCode()).isBetween(200, 204);

        String second = "second-" + UUID.randomUUID();
        events().publish("invitations.issued", "KHM", invitations(meeting(second, "Second meeting", start,
                start.plus(Duration.ofHours(1)), member.zone(), "Phnom Penh", 0), List.of(member)));
        eventually(() -> assertThat(mongo.find(Query.query(Criteria.where("memberId").is(member.id())
                .and("kind").is("meeting-invitation").and("status").is("SKIPPED")), Document.class, "notifications"))
                .singleElement().satisfies(skipped -> assertThat(skipped.getString("lastError"))
                        .isEqualTo("the member opted out of meeting-invitation")));
        events().publish("cancelled", "KHM", Map.of("meetingId", second, "sequence", 1));
        Mails.awaitOne(MAIL, member.email(), "Meeting cancelled: Second meeting");
        assertThat(Mails.to(MAIL, member.email(), "Invitation: Second meeting")).isEmpty();
    }

    @Test
    void readsTheCatalogueExamplesOfMeetingService() {
        events().publishExample(EventCatalogue.Type.MEMBER_JOINED_DELIVERY);
        eventually(() -> assertThat(recipients.find("6f1c2a4e-8d0b-4c57-9a51-3e2f0b7d9c10")).isPresent());
        String to = "sophea.chan@ngo.example.org";
        events().publishExample(EventCatalogue.Type.MEETING_SCHEDULED);
        events().publishExample(EventCatalogue.Type.MEETING_INVITATIONS_ISSUED);
        MimeMessage invitation = Mails.awaitOne(MAIL, to, "Invitation : Quarterly platform meeting Q1 2027");
        // The member's own signed link, as meeting-service's example carries it.
        String rsvpUrl = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(CatalogueAssertions.example(EventCatalogue.Type.MEETING_INVITATIONS_ISSUED))
                .at("/invitees/0/rsvpUrl").asString();
        assertThat(rsvpUrl).contains("/rsvp/");
        assertThat(Mails.parts(invitation).get("text/plain")).contains("16 février 2027", "09:00", "CMAA, Phnom Penh",
                rsvpUrl);
        events().publishExample(EventCatalogue.Type.MEETING_RESCHEDULED);
        MimeMessage update = Mails.awaitOne(MAIL, to, "Réunion déplacée : Quarterly platform meeting Q1 2027");
        assertThat(Mails.parts(update).get("text/plain")).contains("18 février 2027", "09:00");
        events().publishExample(EventCatalogue.Type.MEETING_CANCELLED);
        assertThat(Mails.calendar(Mails.awaitOne(MAIL, to, "Réunion annulée : Quarterly platform meeting Q1 2027"))
                .getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        events().publishExample(EventCatalogue.Type.ACTION_POINT_ASSIGNED);
        MimeMessage assigned = Mails.awaitOne(MAIL, to, "Point à traiter qui vous est attribué");
        assertThat(Mails.parts(assigned).get("text/plain")).contains(
                "Share the updated non-technical survey plan for Battambang", "31 mars 2027");
        events().publishExample(EventCatalogue.Type.MEETING_MINUTES_APPROVED);
        MimeMessage minutes = Mails.awaitOne(MAIL, to, "Compte rendu approuvé : Quarterly platform meeting Q1 2027");
        assertThat(Mails.parts(minutes).get("text/plain")).contains(
                "/api/v1/platforms/KHM/meetings/5b0e1c7a-2f4d-4e8a-9c3b-7d1f6a2e8b40/minutes/pdf");
    }

    @Test
    void theDeliveryLogIsForThePlatformsLeadAndSecretariatOnly() throws Exception {
        Member member = member("PER", "es", "America/Lima", null, "MEMBER", ALL, List.of());
        joined(member);
        String meetingId = "log-" + UUID.randomUUID();
        Instant start = clock.instant().plus(Duration.ofDays(45));
        events().publish("invitations.issued", "PER", invitations(meeting(meetingId, "Reunión de la plataforma",
                start, start.plus(Duration.ofHours(2)), "America/Lima", "Lima", 0), List.of(member)));
        Mails.awaitOne(MAIL, member.email(), "Invitación: Reunión de la plataforma");

        String path = "/api/v1/platforms/PER/notifications/deliveries?size=20";
        eventually(() -> {
            HttpResponse<String> lead = get(path, TestTokens.member("lead-per", "PER", PlatformRole.LEAD));
            assertThat(lead.statusCode()).isEqualTo(200);
            assertThat(lead.body()).contains("\"kind\":\"meeting-invitation\"", "\"status\":\"SENT\"",
                    "\"channel\":\"EMAIL\"", "\"memberId\":\"" + member.id() + "\"", "\"totalElements\":")
                    .doesNotContain(member.email());
        });
        assertThat(get(path, TestTokens.member("sec-per", "PER", PlatformRole.SECRETARIAT)).statusCode()).isEqualTo(200);
        assertThat(get(path, TestTokens.member("member-per", "PER", PlatformRole.MEMBER)).statusCode()).isEqualTo(403);
        assertThat(get(path, TestTokens.member("lead-khm", "KHM", PlatformRole.LEAD)).statusCode()).isEqualTo(404);
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        HttpResponse<String> badChannel = get(path + "&channel=FAX",
                TestTokens.member("lead-per", "PER", PlatformRole.LEAD));
        assertThat(badChannel.statusCode()).isEqualTo(400);
        assertThat(badChannel.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Document> triggers(String meetingId, String status) {
        return mongo.find(Query.query(Criteria.where("kind").is("trigger:meeting-reminder").and("status").is(status)
                .and("guard").regex(meetingId)), Document.class, "notifications");
    }
}
