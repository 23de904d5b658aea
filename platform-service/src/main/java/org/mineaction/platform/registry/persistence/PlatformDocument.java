package org.mineaction.platform.registry.persistence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.platform.registry.domain.FocusObjective;
import org.mineaction.platform.registry.domain.MeetingCadence;
import org.mineaction.platform.registry.domain.Platform;
import org.mineaction.platform.registry.domain.PlatformStatus;
import org.mineaction.platform.registry.domain.Region;
import org.mineaction.platform.registry.domain.WorkingLanguages;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A platform as stored, with the events about it that are still on their way to the broker. */
@Document(PlatformDocument.COLLECTION)
public class PlatformDocument {

    public static final String COLLECTION = "platforms";

    @Id
    private String countryCode;
    private String name;
    private List<String> languages;
    private String timeZone;
    private String contactEmail;
    private PlatformStatus status;
    private Instant registeredAt;
    private Region region;
    private String leadOrganisationId;
    private String secretariatOrganisationId;
    private MeetingCadence cadence;
    private FocusObjective focusObjective;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected PlatformDocument() {
    }

    public static PlatformDocument of(Platform platform, List<OutboxMessage> events) {
        PlatformDocument document = new PlatformDocument();
        document.countryCode = platform.country().value();
        document.name = platform.name();
        document.languages = platform.languages().codes();
        document.timeZone = platform.timeZone().getId();
        document.contactEmail = platform.contactEmail();
        document.status = platform.status();
        document.registeredAt = platform.registeredAt();
        document.region = platform.region();
        document.leadOrganisationId = platform.leadOrganisationId();
        document.secretariatOrganisationId = platform.secretariatOrganisationId();
        document.cadence = platform.cadence();
        document.focusObjective = platform.focusObjective();
        document.version = platform.version();
        document.outbox = new ArrayList<>(events);
        return document;
    }

    public Platform toPlatform() {
        CountryCode country = new CountryCode(countryCode);
        // Platforms registered before regions and cadences existed get the defaults.
        return new Platform(country, name, new WorkingLanguages(languages), ZoneId.of(timeZone), contactEmail, status,
                registeredAt, region != null ? region : Region.of(country).orElse(null), leadOrganisationId,
                secretariatOrganisationId, cadence, focusObjective, version);
    }

    public List<OutboxMessage> outbox() {
        return List.copyOf(outbox);
    }
}
