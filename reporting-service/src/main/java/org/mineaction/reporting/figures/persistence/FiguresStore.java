package org.mineaction.reporting.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mineaction.reporting.figures.domain.ActionPoint;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.domain.NotificationOutcome;
import org.mineaction.reporting.figures.domain.Stamped;
import org.mineaction.reporting.figures.domain.YearFigures;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.DefaultDbRefResolver;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The collections of one generation of the figures read model. Every write is a single-document
 * upsert by natural key ({@code COUNTRY} or {@code COUNTRY:YEAR}); the events of a country arrive
 * in order on one partition and one consumer of the generation's group, so reading a document
 * before replacing it cannot race with another writer of it.
 */
@Repository
public class FiguresStore {

    /** The sections of a year's figures document, one per projection that sets it. */
    public enum Section {
        MEETINGS("meetings"), MINUTES("minutes"), ATTENDANCE("attendance"), ACTION_POINTS("actionPoints"),
        OUTCOMES("outcomes"), COMMITMENTS("commitments"), NOTIFICATIONS("notifications"), ARTICLE7("article7");

        private final String field;

        Section(String field) {
            this.field = field;
        }
    }

    static final List<String> COLLECTIONS = List.of(CountryRecordDocument.COLLECTION, CountryProfileDocument.COLLECTION,
            ActionPointBucket.COLLECTION, NotificationBucket.COLLECTION, FiguresDocument.COLLECTION);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    FiguresStore(MongoTemplate mongo, Clock clock) {
        this.mongo = withoutTypeHints(mongo);
        this.clock = clock;
    }

    /**
     * The figures hold no polymorphic values, so they are written without {@code _class} hints:
     * reading a hint means loading a class by name for every nested value, which dominated the cost
     * of the cross-country table (and immutable collections would be recorded as JDK-internal types).
     */
    private static MongoTemplate withoutTypeHints(MongoTemplate mongo) {
        MappingMongoConverter shared = (MappingMongoConverter) mongo.getConverter();
        MappingMongoConverter converter = new MappingMongoConverter(
                new DefaultDbRefResolver(mongo.getMongoDatabaseFactory()), shared.getMappingContext());
        converter.setCustomConversions(shared.getCustomConversions());
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        return new MongoTemplate(mongo.getMongoDatabaseFactory(), converter);
    }

    public CountryRecord record(Generation g, String country) {
        return Optional.ofNullable(mongo.findById(country, CountryRecordDocument.class,
                g.collection(CountryRecordDocument.COLLECTION))).map(CountryRecordDocument::toRecord)
                .orElseGet(() -> CountryRecord.empty(country));
    }

    public void save(Generation g, CountryRecord record) {
        replace(record.countryCode(), CountryRecordDocument.of(record), g.collection(CountryRecordDocument.COLLECTION));
    }

    public CountryProfile profile(Generation g, String country) {
        return Optional.ofNullable(mongo.findById(country, CountryProfileDocument.class,
                g.collection(CountryProfileDocument.COLLECTION))).map(CountryProfileDocument::toProfile)
                .orElseGet(() -> CountryProfile.unknown(country));
    }

    public Map<String, CountryProfile> profiles(Generation g) {
        Map<String, CountryProfile> profiles = new java.util.TreeMap<>();
        mongo.findAll(CountryProfileDocument.class, g.collection(CountryProfileDocument.COLLECTION))
                .forEach(d -> profiles.put(d.countryCode(), d.toProfile()));
        return profiles;
    }

    public void save(Generation g, CountryProfile profile) {
        replace(profile.platform().countryCode(), CountryProfileDocument.of(profile),
                g.collection(CountryProfileDocument.COLLECTION));
    }

    /** Puts the action point into its year's bucket unless a same or newer event put it there. @return the bucket when changed */
    public Optional<Collection<ActionPoint>> putActionPoint(Generation g, String country, ActionPoint point) {
        String id = idOf(country, point.year());
        String collection = g.collection(ActionPointBucket.COLLECTION);
        ActionPointBucket stored = mongo.findById(id, ActionPointBucket.class, collection);
        Map<String, ActionPoint> items = stored == null ? new HashMap<>() : stored.points();
        if (!Stamped.putIfNewer(items, point.actionPointId(), point)) {
            return Optional.empty();
        }
        replace(id, ActionPointBucket.of(id, country, point.year(), items), collection);
        return Optional.of(items.values());
    }

    /** Puts the outcome into its year's bucket unless a same or newer event put it there. @return the bucket when changed */
    public Optional<Collection<NotificationOutcome>> putNotification(Generation g, String country,
            NotificationOutcome outcome) {
        String id = idOf(country, outcome.year());
        String collection = g.collection(NotificationBucket.COLLECTION);
        NotificationBucket stored = mongo.findById(id, NotificationBucket.class, collection);
        Map<String, NotificationOutcome> items = stored == null ? new HashMap<>() : stored.outcomes();
        if (!Stamped.putIfNewer(items, outcome.notificationId(), outcome)) {
            return Optional.empty();
        }
        replace(id, NotificationBucket.of(id, country, outcome.year(), items), collection);
        return Optional.of(items.values());
    }

    static String idOf(String country, int year) {
        return country + ":" + year;
    }

    /** How many writes this instance has made: a rendered report is only reused while it stays the same. */
    public long writes() {
        return writes.get();
    }

    private void replace(String id, Object document, String collection) {
        writes.incrementAndGet();
        mongo.replace(query(where("_id").is(id)), document, ReplaceOptions.replaceOptions().upsert(), collection);
    }

    /** Sets one section of a country's figures of a year, creating the document when it is the first. */
    public void set(Generation g, String country, int year, Section section, Object figures) {
        set(g, country, year, Map.of(section, figures));
    }

    /** Sets sections of a country's figures of a year in one write, creating the document when it is the first. */
    public void set(Generation g, String country, int year, Map<Section, Object> sections) {
        writes.incrementAndGet();
        Update update = new Update().set("countryCode", country).set("year", year).set("updatedAt", clock.instant());
        sections.forEach((section, figures) -> update.set(section.field, figures));
        mongo.upsert(query(where("_id").is(idOf(country, year))), update, FiguresDocument.class,
                g.collection(FiguresDocument.COLLECTION));
    }

    /** Replaces a country's action points of a year whole: for bulk loads of synthetic or migrated data. */
    public void replaceActionPoints(Generation g, String country, int year, Collection<ActionPoint> points) {
        Map<String, ActionPoint> items = new HashMap<>();
        points.forEach(point -> items.put(point.actionPointId(), point));
        String id = idOf(country, year);
        replace(id, ActionPointBucket.of(id, country, year, items), g.collection(ActionPointBucket.COLLECTION));
    }

    /**
     * The figures of these countries in these years, looked up by id ({@code COUNTRY:YEAR}) so the
     * store answers from its primary index instead of scanning every country's years.
     */
    public List<YearFigures> of(Generation g, Collection<String> countries, int fromYear, int toYear) {
        List<String> ids = new java.util.ArrayList<>();
        for (String country : countries) {
            for (int year = fromYear; year <= toYear; year++) {
                ids.add(idOf(country, year));
            }
        }
        return find(g, query(where("_id").in(ids)));
    }

    public List<YearFigures> country(Generation g, String country) {
        return find(g, query(where("countryCode").is(country)));
    }

    private List<YearFigures> find(Generation g, Query query) {
        return mongo.find(query.with(Sort.by("_id")), FiguresDocument.class, g.collection(FiguresDocument.COLLECTION))
                .stream().map(d -> new YearFigures(d.countryCode(), d.year(), d.meetings(), d.minutes(), d.attendance(),
                        d.actionPoints(), d.outcomes(), d.commitments(), d.notifications(), d.article7()))
                .toList();
    }

    /** Drops every collection of a generation: before building it afresh, and once it is replaced. */
    public void drop(Generation g) {
        writes.incrementAndGet();
        COLLECTIONS.forEach(base -> mongo.dropCollection(g.collection(base)));
    }
}
