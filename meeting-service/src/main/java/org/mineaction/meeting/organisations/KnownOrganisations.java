package org.mineaction.meeting.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.mineaction.chassis.projection.EventStamp;
import org.mineaction.meeting.organisations.domain.KnownOrganisation;
import org.mineaction.meeting.organisations.persistence.KnownOrganisationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The organisations of every platform, from the public organisation events: their names for the minutes. */
@Service
public class KnownOrganisations {

    private static final Logger log = LoggerFactory.getLogger(KnownOrganisations.class);

    private final KnownOrganisationStore store;

    KnownOrganisations(KnownOrganisationStore store) {
        this.store = store;
    }

    public void apply(KnownOrganisation organisation, EventStamp stamp) {
        if (store.saveIfNewer(organisation, stamp)) {
            log.info("Organisation {} of {} known as of event {}", organisation.organisationId(),
                    organisation.country(), stamp.eventId());
        }
    }

    /** The names of these organisations of the country that are known, by id. */
    public Map<String, String> names(String country, Collection<String> organisationIds) {
        Map<String, String> names = new HashMap<>();
        store.find(country, organisationIds).forEach(o -> names.put(o.organisationId(), o.name()));
        return names;
    }
}
