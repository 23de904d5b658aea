package org.mineaction.meeting.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;

class RsvpTokenTest {

    static final byte[] SECRET = "a secret of the service".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final RsvpToken CLAIM = new RsvpToken("KHM", "meeting-1", "member-1", NOW.plusSeconds(3600));

    @Test
    void aSignedTokenGivesItsClaimBackUntilItExpires() {
        String token = CLAIM.sign(SECRET);
        assertThat(RsvpToken.verify(token, SECRET, NOW)).isEqualTo(CLAIM);
        assertThatThrownBy(() -> RsvpToken.verify(token, SECRET, NOW.plusSeconds(3600)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expired");
    }

    @Test
    void aTamperedForgedOrMalformedTokenIsRefused() {
        String token = CLAIM.sign(SECRET);
        String otherMember = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("r1|KHM|meeting-1|member-2|" + NOW.plusSeconds(3600).getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        String swapped = otherMember + token.substring(token.indexOf('.'));
        String flipped = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        for (String bad : new String[] {swapped, flipped, "", "no-dot", ".sig", "a.b.c", "%%%.***"}) {
            assertThatThrownBy(() -> RsvpToken.verify(bad, SECRET, NOW)).as(bad)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not valid");
        }
        assertThatThrownBy(() -> RsvpToken.verify(token, "another secret".getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOf(InvalidInputException.class);
    }
}
