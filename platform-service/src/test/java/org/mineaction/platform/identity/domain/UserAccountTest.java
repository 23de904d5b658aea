package org.mineaction.platform.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.domain.CountryCode;

class UserAccountTest {

    private static final CountryCode KHM = new CountryCode("KHM");
    private static final CountryCode COL = new CountryCode("COL");

    @Test
    void anInvitedAccountCannotSignInUntilActivated() {
        UserAccount invited = UserAccount.invited("a-1", "Lead@Example.org", "m-1");

        assertThat(invited.email()).isEqualTo("lead@example.org");
        assertThat(invited.canSignIn()).isFalse();
        assertThat(invited.activate("{argon2}hash").canSignIn()).isTrue();
        assertThat(invited.activate("{argon2}hash").disable().canSignIn()).isFalse();
    }

    @Test
    void holdsRolesPerCountryAndBecomesTheTokenClaims() {
        UserAccount account = UserAccount.invited("a-1", "lead@example.org", "m-1")
                .grant(KHM, PlatformRole.LEAD).grant(KHM, PlatformRole.SECRETARIAT).grant(COL, PlatformRole.OBSERVER)
                .revoke(COL, PlatformRole.OBSERVER).withGlobalRole(GlobalRole.ISU_ANALYST);

        AccessClaims claims = AccessClaims.of(account);

        assertThat(claims.subject()).isEqualTo("m-1");
        assertThat(claims.platforms()).isEqualTo(Map.of("KHM", List.of("LEAD", "SECRETARIAT")));
        assertThat(claims.roles()).containsExactly("ISU_ANALYST");
    }

    @Test
    void anAccountWithoutMemberIdIsItsOwnSubject() {
        assertThat(UserAccount.invited("a-9", "operator@example.org", null).subject()).isEqualTo("a-9");
    }
}
