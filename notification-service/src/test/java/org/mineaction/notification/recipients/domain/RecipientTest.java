package org.mineaction.notification.recipients.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.notification.delivery.domain.Channel;
import org.mineaction.notification.delivery.domain.EmailAddress;
import org.mineaction.notification.sms.domain.PhoneNumber;

class RecipientTest {

    private static final CountryCode KHM = new CountryCode("KHM");
    private static final Recipient.Contact CONTACT = new Recipient.Contact(new EmailAddress("a@ngo.example.org"),
            new PhoneNumber("+85512345678"), "fr", ZoneId.of("Asia/Phnom_Penh"));

    private static Recipient active(Recipient.Contact contact, Map<Channel, Set<MessageCategory>> preferences) {
        return new Recipient("m-1", KHM, contact, preferences, RecipientStatus.ACTIVE);
    }

    @Test
    void criticalMessagesCannotBeSwitchedOffOnAnyChannel() {
        Recipient recipient = active(CONTACT, Map.of(Channel.EMAIL, Set.of(MessageCategory.MINUTES)));

        assertThat(recipient.preferences().get(Channel.EMAIL))
                .containsExactlyInAnyOrder(MessageCategory.MINUTES, MessageCategory.CRITICAL);
        assertThat(recipient.preferences().get(Channel.SMS)).containsExactly(MessageCategory.CRITICAL);
        assertThat(recipient.receives(Channel.SMS, MessageCategory.CRITICAL)).isTrue();
        assertThat(recipient.receives(Channel.SMS, MessageCategory.MINUTES)).isFalse();
        assertThat(recipient.receives(Channel.EMAIL, MessageCategory.MINUTES)).isTrue();
    }

    @Test
    void noSmsWithoutAMobileNumber() {
        Recipient.Contact emailOnly = new Recipient.Contact(CONTACT.email(), null, "en", ZoneId.of("UTC"));

        assertThat(active(emailOnly, Map.of()).receives(Channel.SMS, MessageCategory.CRITICAL)).isFalse();
        assertThat(active(emailOnly, Map.of()).receives(Channel.EMAIL, MessageCategory.CRITICAL)).isTrue();
    }

    @Test
    void aMemberWhoLeftKeepsTheRecordButReceivesNothing() {
        Recipient left = active(CONTACT, Map.of()).left();

        assertThat(left.status()).isEqualTo(RecipientStatus.LEFT);
        assertThat(left.contact()).isEqualTo(CONTACT);
        assertThat(left.receives(Channel.EMAIL, MessageCategory.CRITICAL)).isFalse();
        assertThat(Recipient.leftUnknown("m-2", KHM).contact()).isNull();
    }

    @Test
    void anErasedRecipientHoldsNoContactDataAndTheErasureIsFinal() {
        Recipient erased = Recipient.erased("m-1", KHM);

        assertThat(erased.contact()).isNull();
        assertThat(erased.preferences()).isEmpty();
        assertThat(erased.receives(Channel.EMAIL, MessageCategory.CRITICAL)).isFalse();
        assertThat(erased.mayBeReplacedBy(active(CONTACT, Map.of()))).isFalse();
        assertThat(erased.mayBeReplacedBy(Recipient.erased("m-1", KHM))).isTrue();
        assertThat(active(CONTACT, Map.of()).mayBeReplacedBy(erased)).isTrue();
        assertThatThrownBy(() -> new Recipient("m-1", KHM, CONTACT, Map.of(), RecipientStatus.ERASED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatTheCatalogueRefuses() {
        assertThatThrownBy(() -> active(null, Map.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Recipient("", KHM, CONTACT, Map.of(), RecipientStatus.ACTIVE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Recipient.Contact(CONTACT.email(), null, "french", ZoneId.of("UTC")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Recipient.Contact.zone("Asia/Atlantis")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsAnImmutableCopyOfThePreferences() {
        Map<Channel, Set<MessageCategory>> chosen = new EnumMap<>(Channel.class);
        chosen.put(Channel.EMAIL, Set.of(MessageCategory.MINUTES));
        Recipient recipient = active(CONTACT, chosen);
        chosen.put(Channel.EMAIL, Set.of(MessageCategory.REMINDERS));

        assertThat(recipient.preferences().get(Channel.EMAIL)).contains(MessageCategory.MINUTES);
    }
}
