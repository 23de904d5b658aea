package org.mineaction.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.reporting.ReportingApplication;
import org.mineaction.reporting.figures.ProjectionGenerations;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.mineaction.reporting.figures.domain.ActionPointStatus;
import org.mineaction.reporting.figures.domain.Article7Report;
import org.mineaction.reporting.figures.domain.Attendee;
import org.mineaction.reporting.figures.domain.Cadence;
import org.mineaction.reporting.figures.domain.Commitment;
import org.mineaction.reporting.figures.domain.CommitmentType;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.Figures;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.domain.Meeting;
import org.mineaction.reporting.figures.domain.NotificationFigures;
import org.mineaction.reporting.figures.domain.Outcome;
import org.mineaction.reporting.figures.domain.OutcomeKind;
import org.mineaction.reporting.figures.domain.PlatformProfile;
import org.mineaction.reporting.figures.domain.Region;
import org.mineaction.reporting.figures.persistence.FiguresStore;
import org.mineaction.reporting.figures.persistence.FiguresStore.Section;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.AgeGroup;
import org.mineaction.reporting.members.domain.Demographics;
import org.mineaction.reporting.members.domain.Gender;
import org.mineaction.reporting.members.domain.MemberStatus;
import org.mineaction.reporting.members.domain.Participant;
import org.mineaction.reporting.members.domain.PlatformRole;
import org.mineaction.reporting.members.domain.StakeholderCategory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads a synthetic read model for the cross-country benchmark: N countries x Y years of meetings
 * (default 31 a year: ~50,000), action points (625 a year: 1,000,000), outcomes, commitments and
 * members, generated deterministically, aggregated with the projection's own rules
 * ({@link Figures}) and written through its own store into the live generation, exactly as the
 * projection would have written them event by event (which, for a million action points, would take
 * hours on this machine). The reporting-service context runs without listeners
 * ({@code mineaction.reporting.projection.listen=false}) and without a web server.
 *
 * <pre>
 * java -cp "$(cat infra/benchmarks/target/classpath.txt):infra/benchmarks/target/classes" \
 *   org.mineaction.benchmarks.ReportingSeed --mongodb=mongodb://localhost:27017/reporting
 * </pre>
 */
public final class ReportingSeed {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "NOK", "GBP", "JPY");
    private static final List<String> OBJECTIVES = List.of("ARTICLE_5_CLEARANCE", "RISK_EDUCATION",
            "VICTIM_ASSISTANCE", "COOPERATION_AND_ASSISTANCE");

    private final Random random = new Random(7);
    private final AtomicLong events = new AtomicLong();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("--mongodb", "mongodb://localhost:27017/reporting",
                "--countries", "160", "--years", "10", "--meetings", "31", "--action-points", "625",
                "--members", "80"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || !options.containsKey(pair[0])) {
                throw new IllegalArgumentException("Unknown option " + arg + "; options: " + options.keySet());
            }
            options.put(pair[0], pair[1]);
        }
        if (!options.get("--mongodb").matches("mongodb://(localhost|127\\.[0-9.]+)(:[0-9]+)?/.*")) {
            throw new IllegalArgumentException("Only a loopback MongoDB is allowed");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportingApplication.class)
                .web(WebApplicationType.NONE)
                // As arguments, so that they win over application.yml and the environment.
                .run("--spring.mongodb.uri=" + options.get("--mongodb"),
                        "--mineaction.reporting.projection.listen=false", "--spring.kafka.listener.auto-startup=false")) {
            long start = System.nanoTime();
            ReportingSeed seed = new ReportingSeed();
            int[] totals = seed.load(context, Integer.parseInt(options.get("--countries")),
                    Integer.parseInt(options.get("--years")), Integer.parseInt(options.get("--meetings")),
                    Integer.parseInt(options.get("--action-points")), Integer.parseInt(options.get("--members")));
            System.out.printf("Loaded %d countries x %s years: %d meetings, %d action points, %d outcomes, "
                    + "%d commitments, %d members in %.0f s%n", totals[0], options.get("--years"), totals[1],
                    totals[2], totals[3], totals[4], totals[5], (System.nanoTime() - start) / 1e9);
        }
    }

    private EventStamp stamp(LocalDate day) {
        return new EventStamp(day.atStartOfDay(ZoneOffset.UTC).toInstant().plusMillis(events.incrementAndGet() % 86_000_000),
                "seed-" + events.get());
    }

    private LocalDate day(int year) {
        LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
        return day.isAfter(today) ? today.minusDays(random.nextInt(30)) : day;
    }

    int[] load(ConfigurableApplicationContext context, int countries, int years, int meetingsPerYear,
            int pointsPerYear, int membersPerCountry) {
        FiguresStore store = context.getBean(FiguresStore.class);
        MemberParticipation members = context.getBean(MemberParticipation.class);
        Generation g = context.getBean(ProjectionGenerations.class).active();
        int[] totals = new int[6];
        int lastYear = today.getYear();
        for (int c = 0; c < countries; c++) {
            String code = "" + (char) ('A' + c / 676 % 26) + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26);
            Map<String, Attendee> people = members(members, code, membersPerCountry);
            PlatformProfile platform = new PlatformProfile(code, "Platform " + code, Region.values()[c % 5],
                    Cadence.QUARTERLY, OBJECTIVES.get(c % OBJECTIVES.size()), LocalDate.of(lastYear - years, 1, 1),
                    stamp(LocalDate.of(lastYear - years, 1, 1)));
            Map<String, Meeting> meetings = new HashMap<>();
            Map<String, Outcome> outcomes = new HashMap<>();
            Map<String, Commitment> commitments = new HashMap<>();
            Map<Integer, List<ActionPoint>> points = new TreeMap<>();
            CountryProfile profile = new CountryProfile(platform, null, Map.of(), null);
            for (int year = lastYear - years + 1; year <= lastYear; year++) {
                List<String> held = meetings(meetings, code, year, meetingsPerYear, new ArrayList<>(people.keySet()));
                for (int i = 0; i < 12 && !held.isEmpty(); i++) {
                    String id = code + "-o-" + year + "-" + i;
                    Meeting at = meetings.get(held.get(random.nextInt(held.size())));
                    OutcomeKind kind = OutcomeKind.values()[random.nextInt(4)];
                    outcomes.put(id, new Outcome(id, at.meetingId(), kind, OBJECTIVES.get(random.nextInt(4)),
                            "topic-" + random.nextInt(15), "Synthetic " + kind, at.heldOn(), stamp(at.heldOn())));
                }
                for (int i = 0; i < 4; i++) {
                    String id = code + "-c-" + year + "-" + i;
                    LocalDate on = day(year);
                    commitments.put(id, new Commitment(id, "donor-" + random.nextInt(8), "Donor " + random.nextInt(8),
                            "National centre", OBJECTIVES.get(random.nextInt(4)),
                            CommitmentType.values()[random.nextInt(3)], BigDecimal.valueOf(10_000 + random.nextInt(990_000)),
                            CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                            random.nextBoolean() ? List.of(year) : List.of(year, Math.min(lastYear, year + 1)), on,
                            stamp(on)));
                }
                points.put(year, actionPoints(code, year, pointsPerYear));
                LocalDate due = LocalDate.of(year + 1, 4, 30);
                if (due.isBefore(today)) {
                    LocalDate submitted = due.plusDays(random.nextInt(60) - 30);
                    profile = profile.with(new Article7Report(year, due, submitted, !submitted.isAfter(due),
                            stamp(submitted)));
                }
            }
            CountryRecord record = new CountryRecord(code, meetings, outcomes, commitments);
            profile = profile.lastHeldOn(Figures.lastHeldOn(meetings.values()));
            store.save(g, profile);
            store.save(g, record);
            for (Map.Entry<Integer, List<ActionPoint>> year : points.entrySet()) {
                int y = year.getKey();
                store.replaceActionPoints(g, code, y, year.getValue());
                Map<Section, Object> sections = new EnumMap<>(Section.class);
                sections.put(Section.MEETINGS, Figures.meetings(meetings.values(), y, platform));
                sections.put(Section.MINUTES, Figures.minutes(meetings.values(), y));
                sections.put(Section.ATTENDANCE, Figures.attendance(meetings.values(), y, people));
                sections.put(Section.ACTION_POINTS, Figures.actionPoints(year.getValue()));
                sections.put(Section.OUTCOMES, Figures.outcomes(outcomes.values(), y));
                sections.put(Section.COMMITMENTS, Figures.commitments(commitments.values(), y));
                sections.put(Section.NOTIFICATIONS, new NotificationFigures(
                        Map.of("EMAIL", 2_000 + random.nextInt(500), "SMS", 600 + random.nextInt(200)),
                        Map.of("EMAIL", random.nextInt(40), "SMS", random.nextInt(60))));
                if (profile.article7(y) != null) {
                    sections.put(Section.ARTICLE7, profile.article7(y));
                }
                store.set(g, code, y, sections);
                totals[2] += year.getValue().size();
            }
            totals[0]++;
            totals[1] += meetings.size();
            totals[3] += outcomes.size();
            totals[4] += commitments.size();
            totals[5] += people.size();
        }
        return totals;
    }

    private Map<String, Attendee> members(MemberParticipation members, String code, int count) {
        Map<String, Attendee> people = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String id = code + "-m" + i;
            StakeholderCategory category = StakeholderCategory.values()[i % StakeholderCategory.values().length];
            Gender gender = random.nextInt(10) < 8 ? Gender.values()[random.nextInt(2)] : null;
            AgeGroup age = random.nextInt(10) < 7 ? AgeGroup.values()[random.nextInt(4)] : null;
            boolean disability = random.nextInt(20) == 0;
            members.apply(new Participant(id, new CountryCode(code), category, PlatformRole.MEMBER, Set.of(),
                    MemberStatus.ACTIVE, new Demographics(gender, age, disability, null)), stamp(today));
            people.put(id, new Attendee(category.name(), gender == null ? null : gender.name(),
                    age == null ? null : age.name(), disability, false));
        }
        return people;
    }

    private List<String> meetings(Map<String, Meeting> meetings, String code, int year, int count, List<String> people) {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = code + "-" + year + "-" + i;
            LocalDate on = day(year);
            Meeting meeting = Meeting.known(id).scheduled(i % 4 == 0 ? "REGULAR" : "TECHNICAL_WORKING_GROUP",
                    OBJECTIVES.get(random.nextInt(4)), on, stamp(on.minusDays(30)));
            int fate = random.nextInt(20);
            if (fate == 0) {
                meeting = meeting.cancelled(stamp(on.minusDays(1)));
            } else if (on.isBefore(today)) {
                Set<String> attendees = new HashSet<>();
                while (attendees.size() < 20) {
                    attendees.add(people.get(random.nextInt(people.size())));
                }
                meeting = meeting.held(on, attendees, Map.of("AFFECTED_POPULATION", random.nextInt(6)), stamp(on));
                if (fate > 3) {
                    LocalDate approved = on.plusDays(random.nextInt(30));
                    meeting = meeting.minutes(Meeting.MinutesStatus.APPROVED, approved, stamp(approved));
                }
                held.add(id);
            }
            meetings.put(id, meeting);
        }
        return held;
    }

    private List<ActionPoint> actionPoints(String code, int year, int count) {
        List<ActionPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate opened = day(year);
            LocalDate due = opened.plusDays(30 + random.nextInt(90));
            int fate = random.nextInt(10);
            ActionPointStatus status;
            LocalDate closed = null;
            if (due.isBefore(today) && fate < 7) {
                status = ActionPointStatus.DONE;
                closed = opened.plusDays(1 + random.nextInt(150));
                closed = closed.isAfter(today) ? today : closed;
            } else if (due.isBefore(today) && fate == 7) {
                status = ActionPointStatus.DROPPED;
                closed = opened.plusDays(1 + random.nextInt(60));
                closed = closed.isAfter(today) ? today : closed;
            } else {
                status = fate % 2 == 0 ? ActionPointStatus.OPEN : ActionPointStatus.IN_PROGRESS;
            }
            points.add(new ActionPoint(code + "-ap-" + year + "-" + i, opened, due, status, closed,
                    stamp(closed == null ? opened : closed)));
        }
        return points;
    }

}
