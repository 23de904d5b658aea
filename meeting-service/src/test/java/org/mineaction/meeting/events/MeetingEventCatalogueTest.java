package org.mineaction.meeting.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.testing.CatalogueAssertions;

/** The meeting event contract: every example satisfies its schema, the schemas refuse contact data and bad values. */
class MeetingEventCatalogueTest {

    private static final List<Type> MEETING = Arrays.stream(Type.values())
            .filter(type -> type.ceType().startsWith("org.mineaction.meeting.")).toList();

    @Test
    void everyMeetingTypeHasAnExampleThatConformsAndIsInTheAsyncApiDocument() throws IOException {
        assertThat(MEETING).hasSize(13);
        String asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("catalogue/asyncapi.yaml")) {
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Type type : MEETING) {
            assertThat(CatalogueAssertions.violations(type, CatalogueAssertions.example(type))).as(type.name()).isEmpty();
            assertThat(asyncApi).as(type.name()).contains("name: " + type.ceType(), "schemas/" + type.schemaFile(),
                    "examples/" + type.schemaFile());
        }
    }

    @Test
    void noMeetingEventCanCarryContactDataOrAPersonsName() {
        for (Type type : MEETING) {
            assertThat(CatalogueAssertions.example(type)).doesNotContain("@");
            for (String field : new String[] {"email", "phone", "name", "contact"}) {
                String leaking = CatalogueAssertions.example(type, event -> event.put(field, "x@y.org"));
                assertThat(CatalogueAssertions.violations(type, leaking)).as(type + " with " + field).isNotEmpty();
            }
        }
    }

    @Test
    void commitmentsRefuseNegativeOrInexactAmountsAndNonIsoCurrencies() {
        for (String amount : new String[] {"-1", "1e6", "12,5", ""}) {
            String bad = CatalogueAssertions.example(Type.COMMITMENT_RECORDED, event -> event.put("amount", amount));
            assertThat(CatalogueAssertions.violations(Type.COMMITMENT_RECORDED, bad)).as(amount).isNotEmpty();
        }
        String badCurrency = CatalogueAssertions.example(Type.COMMITMENT_RECORDED, event -> event.put("currency", "eur"));
        assertThat(CatalogueAssertions.violations(Type.COMMITMENT_RECORDED, badCurrency)).isNotEmpty();
    }

    @Test
    void aCancellationAlwaysStopsRemindersAndIncrementsTheSequence() {
        String keepReminders = CatalogueAssertions.example(Type.MEETING_CANCELLED,
                event -> event.put("stopReminders", false));
        String firstSequence = CatalogueAssertions.example(Type.MEETING_CANCELLED, event -> event.put("sequence", 0));
        assertThat(CatalogueAssertions.violations(Type.MEETING_CANCELLED, keepReminders)).isNotEmpty();
        assertThat(CatalogueAssertions.violations(Type.MEETING_CANCELLED, firstSequence)).isNotEmpty();
    }

    @Test
    void anActionPointNeedsAnOwner() {
        String ownerless = CatalogueAssertions.example(Type.ACTION_POINT_ASSIGNED, event -> event.putNull("ownerMemberId"));
        assertThat(CatalogueAssertions.violations(Type.ACTION_POINT_ASSIGNED, ownerless)).isNotEmpty();
    }
}
