package org.mineaction.meeting.organisations.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.IncomingEvent;
import org.mineaction.chassis.messaging.TypedEvent;
import org.mineaction.meeting.organisations.KnownOrganisations;
import org.mineaction.meeting.organisations.domain.KnownOrganisation;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the replica of organisations from the public platform events, in a consumer group of its
 * own ({@code meeting-service.organisations}) so that it sees every partition.
 */
@Component
class OrganisationEventsListener {

    static final Set<String> ORGANISATION_FACTS = Set.of(EventCatalogue.Type.ORGANISATION_REGISTERED.ceType(),
            EventCatalogue.Type.ORGANISATION_UPDATED.ceType());

    /** The fields of the organisation events the minutes need; the rest is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationFact(String organisationId, String countryCode, String name, String stakeholderCategory) {
    }

    private final KnownOrganisations organisations;
    private final JsonMapper jsonMapper;

    OrganisationEventsListener(KnownOrganisations organisations, JsonMapper jsonMapper) {
        this.organisations = organisations;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = "organisation-events", groupId = "${spring.application.name}.organisations",
            topics = EventCatalogue.Topics.PLATFORM_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent envelope = IncomingEvent.from(record);
        if (!ORGANISATION_FACTS.contains(envelope.type())) {
            return;
        }
        TypedEvent<OrganisationFact> event = new TypedEvent<>(envelope,
                jsonMapper.readValue(envelope.data(), OrganisationFact.class));
        OrganisationFact fact = event.data();
        event.requireSubject(fact.countryCode());
        organisations.apply(new KnownOrganisation(fact.organisationId(), fact.countryCode(), fact.name(),
                fact.stakeholderCategory()), event.stamp());
    }
}
