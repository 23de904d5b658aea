package org.mineaction.platform.membership.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.catalogue.EventCatalogue.Type;
import org.mineaction.testing.CatalogueAssertions;

/** The catalogue's member examples satisfy their own schemas, and the public schemas refuse contact data. */
class MemberEventCatalogueTest {

    private static final Set<Type> PUBLIC = EnumSet.of(Type.MEMBER_JOINED, Type.MEMBER_UPDATED, Type.MEMBER_LEFT,
            Type.MEMBER_ERASED);
    private static final Set<Type> DELIVERY = EnumSet.of(Type.MEMBER_JOINED_DELIVERY, Type.MEMBER_UPDATED_DELIVERY,
            Type.MEMBER_LEFT_DELIVERY, Type.MEMBER_ERASED_DELIVERY);

    @Test
    void everyMemberExampleConformsToItsSchema() {
        for (Type type : union()) {
            assertThat(CatalogueAssertions.violations(type, CatalogueAssertions.example(type))).as(type.name()).isEmpty();
        }
    }

    @Test
    void publicMemberEventsCannotCarryContactDataOrNames() {
        for (Type type : PUBLIC) {
            assertThat(CatalogueAssertions.example(type)).doesNotContain("@", "+855");
            for (String field : new String[] {"email", "phone", "name", "contact"}) {
                String leaking = CatalogueAssertions.example(type, event -> event.put(field, "x@y.org"));
                assertThat(CatalogueAssertions.violations(type, leaking)).as(type + " with " + field).isNotEmpty();
            }
        }
    }

    @Test
    void deliveryPreferencesMustKeepCriticalMessages() {
        String withoutCritical = CatalogueAssertions.example(Type.MEMBER_JOINED_DELIVERY,
                event -> event.putObject("notificationPreferences").putArray("EMAIL").add("MINUTES"));
        assertThat(CatalogueAssertions.violations(Type.MEMBER_JOINED_DELIVERY, withoutCritical)).isNotEmpty();
    }

    private static Set<Type> union() {
        Set<Type> all = EnumSet.copyOf(PUBLIC);
        all.addAll(DELIVERY);
        return all;
    }
}
