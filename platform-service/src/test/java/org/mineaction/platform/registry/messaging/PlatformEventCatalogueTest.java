package org.mineaction.platform.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.testing.CatalogueAssertions;

/**
 * The catalogue's platform, organisation and obligation examples satisfy their own schemas, the
 * schemas refuse contact data, and what consumers rely on is enforced (all four components, CRITICAL
 * outside quiet hours' reach, well-formed quiet hours).
 */
class PlatformEventCatalogueTest {

    private static final Set<Type> PUBLIC = EnumSet.of(Type.PLATFORM_REGISTERED, Type.PLATFORM_UPDATED,
            Type.PLATFORM_COMPOSITION_CHANGED, Type.CHAMPION_ROTATED, Type.OBLIGATION_CHANGED,
            Type.ARTICLE7_REPORT_SUBMITTED, Type.ORGANISATION_REGISTERED, Type.ORGANISATION_UPDATED);

    @Test
    void everyPlatformExampleConformsToItsSchema() {
        for (Type type : PUBLIC) {
            assertThat(CatalogueAssertions.violations(type, CatalogueAssertions.example(type))).as(type.name()).isEmpty();
        }
        assertThat(CatalogueAssertions.violations(Type.MEMBER_UPDATED_DELIVERY,
                CatalogueAssertions.example(Type.MEMBER_UPDATED_DELIVERY))).isEmpty();
    }

    @Test
    void publicPlatformEventsCannotCarryContactData() {
        for (Type type : PUBLIC) {
            assertThat(CatalogueAssertions.example(type)).doesNotContain("@");
            for (String field : new String[] {"email", "phone", "contactEmail"}) {
                String leaking = CatalogueAssertions.example(type, event -> event.put(field, "x@y.org"));
                assertThat(CatalogueAssertions.violations(type, leaking)).as(type + " with " + field).isNotEmpty();
            }
        }
    }

    @Test
    void aCompositionSnapshotListsEveryComponent() {
        String missing = CatalogueAssertions.example(Type.PLATFORM_COMPOSITION_CHANGED,
                event -> ((tools.jackson.databind.node.ObjectNode) event.get("components")).remove("TECHNICAL"));
        assertThat(CatalogueAssertions.violations(Type.PLATFORM_COMPOSITION_CHANGED, missing)).isNotEmpty();
    }

    @Test
    void quietHoursAreTwoTimesOfDay() {
        String wrong = CatalogueAssertions.example(Type.MEMBER_UPDATED_DELIVERY,
                event -> event.putObject("quietHours").put("from", "25:00").put("to", "07:00"));
        assertThat(CatalogueAssertions.violations(Type.MEMBER_UPDATED_DELIVERY, wrong)).isNotEmpty();
    }

    @Test
    void unknownRegionsAndCadencesAreRefused() {
        assertThat(CatalogueAssertions.violations(Type.PLATFORM_UPDATED,
                CatalogueAssertions.example(Type.PLATFORM_UPDATED, event -> event.put("region", "ATLANTIS")))).isNotEmpty();
        assertThat(CatalogueAssertions.violations(Type.PLATFORM_UPDATED,
                CatalogueAssertions.example(Type.PLATFORM_UPDATED, event -> event.put("cadence", "WEEKLY")))).isNotEmpty();
    }
}
