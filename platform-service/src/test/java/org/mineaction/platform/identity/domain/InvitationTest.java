package org.mineaction.platform.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Invitation issued() {
        return Invitation.issue(InvitationTokens.hash("token"), "member-1", " Lead@CMAA.example.org ",
                new CountryCode("KHM"), PlatformRole.LEAD, NOW);
    }

    @Test
    void isValidForFourteenDays() {
        Invitation invitation = issued();

        assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(invitation.email()).isEqualTo("lead@cmaa.example.org");
        assertThat(invitation.accept(NOW.plus(Duration.ofDays(13))).claimedAt()).isEqualTo(NOW.plus(Duration.ofDays(13)));
    }

    @Test
    void cannotBeAcceptedOnceExpired() {
        assertThatThrownBy(() -> issued().accept(NOW.plus(Duration.ofDays(14))))
                .isInstanceOfSatisfying(Invitation.NotAcceptable.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Invitation.Refusal.EXPIRED));
    }

    @Test
    void cannotBeAcceptedTwice() {
        Invitation accepted = issued().accept(NOW.plusSeconds(60));

        assertThatThrownBy(() -> accepted.accept(NOW.plusSeconds(120)))
                .isInstanceOfSatisfying(Invitation.NotAcceptable.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Invitation.Refusal.ALREADY_USED));
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        String one = InvitationTokens.newToken();
        String two = InvitationTokens.newToken();

        assertThat(one).isNotEqualTo(two).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(InvitationTokens.hash(one)).hasSize(64).isNotEqualTo(one).isEqualTo(InvitationTokens.hash(one));
    }

    @Test
    void anAcceptanceThatNeverCompletedLapsesAndMayBeFinishedLater() {
        Invitation claimed = issued().accept(NOW.plus(Duration.ofDays(13).plusHours(23)));

        assertThatThrownBy(() -> claimed.accept(claimed.claimedAt().plus(Invitation.CLAIM_LEASE).minusSeconds(1)))
                .as("still in progress").isInstanceOf(Invitation.NotAcceptable.class);
        Instant afterTheLeaseAndTheExpiry = claimed.claimedAt().plus(Invitation.CLAIM_LEASE);
        assertThat(claimed.accept(afterTheLeaseAndTheExpiry).claimedAt()).isEqualTo(afterTheLeaseAndTheExpiry);

        Invitation used = new Invitation(claimed.tokenHash(), claimed.memberId(), claimed.email(), claimed.country(),
                claimed.role(), claimed.issuedAt(), claimed.expiresAt(), claimed.claimedAt(), claimed.claimedAt());
        assertThatThrownBy(() -> used.accept(afterTheLeaseAndTheExpiry.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(Invitation.NotAcceptable.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Invitation.Refusal.ALREADY_USED));
    }
}
