package org.mineaction.notification.unsubscribe.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private final UnsubscribeToken tokens = new UnsubscribeToken("a-secret-of-at-least-16-chars");
    private final UnsubscribeToken.Subject reminders = new UnsubscribeToken.Subject("member-42", "meeting-reminder");

    @Test
    void aTokenNamesItsMemberAndCategory() {
        String token = tokens.issue(reminders);

        assertThat(tokens.verify(token)).contains(reminders);
        assertThat(token).doesNotContain("/", "+", "=").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void isStableSoEveryMessageCarriesTheSameLink() {
        assertThat(tokens.issue(reminders)).isEqualTo(tokens.issue(reminders));
        assertThat(tokens.issue(reminders))
                .isNotEqualTo(tokens.issue(new UnsubscribeToken.Subject("member-42", "minutes")));
    }

    @Test
    void rejectsATokenForAnotherMemberOrCategoryWithTheOriginalSignature() {
        String token = tokens.issue(reminders);
        String signature = token.substring(token.indexOf('.'));
        String otherPayload = tokens.issue(new UnsubscribeToken.Subject("member-43", "meeting-reminder"));

        assertThat(tokens.verify(otherPayload.substring(0, otherPayload.indexOf('.')) + signature)).isEmpty();
    }

    @Test
    void rejectsTokensSignedWithAnotherSecretOrMalformed() {
        String foreign = new UnsubscribeToken("another-secret-of-16-chars").issue(reminders);

        assertThat(tokens.verify(foreign)).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("!!!.???")).isEmpty();
        assertThat(tokens.verify(tokens.issue(reminders) + "x")).isEmpty();
    }

    @Test
    void needsALongEnoughSecret() {
        assertThatThrownBy(() -> new UnsubscribeToken("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void criticalCategoriesCannotBeOptedOutOf() {
        assertThat(Category.canOptOut("meeting-reminder")).isTrue();
        assertThat(Category.canOptOut("minutes")).isTrue();
        assertThat(Category.canOptOut("meeting-cancellation")).isFalse();
        assertThat(Category.canOptOut("meeting-update")).isFalse();
        assertThat(Category.canOptOut("account")).isFalse();
        assertThat(Category.canOptOut("something-new")).as("unknown means critical").isFalse();
    }

    @Test
    void headersOfRfc8058() {
        UnsubscribeLinks links = new UnsubscribeLinks("https://hub.example.org/api/v1/notifications/unsubscribe/t",
                "mailto:unsubscribe@hub.example.org?subject=unsubscribe%20t");

        assertThat(links.listUnsubscribe()).isEqualTo("<https://hub.example.org/api/v1/notifications/unsubscribe/t>, "
                + "<mailto:unsubscribe@hub.example.org?subject=unsubscribe%20t>");
        assertThat(UnsubscribeLinks.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
    }
}
