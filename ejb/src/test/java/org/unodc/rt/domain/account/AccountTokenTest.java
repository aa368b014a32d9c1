package org.unodc.rt.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final UserAccount invited =
            UserAccount.staff("li.wei", "li.wei@un.org", "Li Wei", Role.SECRETARIAT, NOW.minusSeconds(60));

    @Test
    void theSecretIs32RandomBytesInUrlSafeBase64AndOnlyItsSha256IsKept() {
        AccountToken.Issued issued = AccountToken.issue(invited, TokenPurpose.INVITATION, "secretariat", NOW);

        assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(issued.secret())).hasSize(32);
        assertThat(issued.token().tokenHash())
                .matches("[0-9a-f]{64}")
                .isEqualTo(AccountToken.hash(issued.secret()))
                .doesNotContain(issued.secret());
    }

    @Test
    void theHashIsSha256InHex() {
        // The SHA-256 test vector of FIPS 180-2 for "abc".
        assertThat(AccountToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void everyIssueHasADifferentSecret() {
        String first =
                AccountToken.issue(invited, TokenPurpose.RESET, "li.wei", NOW).secret();
        String second =
                AccountToken.issue(invited, TokenPurpose.RESET, "li.wei", NOW).secret();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anInvitationIsValidForSevenDaysAndNotAMomentLonger() {
        AccountToken token = AccountToken.issue(invited, TokenPurpose.INVITATION, "secretariat", NOW)
                .token();

        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(token.stateAt(NOW.plus(Duration.ofDays(7)).minusMillis(1))).isEqualTo(AccountToken.State.USABLE);
        assertThat(token.stateAt(NOW.plus(Duration.ofDays(7)))).isEqualTo(AccountToken.State.EXPIRED);
    }

    @Test
    void aResetIsValidForOneHour() {
        AccountToken token =
                AccountToken.issue(invited, TokenPurpose.RESET, "li.wei", NOW).token();

        assertThat(token.isUsableAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(token.isUsableAt(NOW.plus(Duration.ofMinutes(60)))).isFalse();
    }

    @Test
    void aTokenCanBeUsedOnce() {
        AccountToken token = AccountToken.issue(invited, TokenPurpose.INVITATION, "secretariat", NOW)
                .token();

        token.use(NOW.plusSeconds(5));

        assertThat(token.usedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(token.stateAt(NOW.plusSeconds(6))).isEqualTo(AccountToken.State.USED);
        assertThatThrownBy(() -> token.use(NOW.plusSeconds(10)))
                .isInstanceOf(TokenNotUsable.class)
                .hasMessage("This link has already been used. Ask the secretariat for a new invitation, or use the"
                        + " latest e-mail you received.");
    }

    @Test
    void anExpiredTokenCannotBeUsedAndSaysWhatToAskFor() {
        AccountToken token =
                AccountToken.issue(invited, TokenPurpose.RESET, "li.wei", NOW).token();

        assertThatThrownBy(() -> token.use(NOW.plus(Duration.ofHours(2))))
                .isInstanceOf(TokenNotUsable.class)
                .hasMessage("This link has expired. Ask for a new password-reset link on the sign-in page (\"Forgot"
                        + " your password?\").");
        assertThat(token.usedAt()).isNull();
    }

    @Test
    void aReplacedTokenCannotBeUsedEvenBeforeItExpires() {
        AccountToken token = AccountToken.issue(invited, TokenPurpose.INVITATION, "secretariat", NOW)
                .token();

        token.revoke(NOW.plusSeconds(1));

        assertThat(token.stateAt(NOW.plusSeconds(2))).isEqualTo(AccountToken.State.REPLACED);
        assertThatThrownBy(() -> token.use(NOW.plusSeconds(2)))
                .isInstanceOf(TokenNotUsable.class)
                .extracting(e -> ((TokenNotUsable) e).state())
                .isEqualTo(AccountToken.State.REPLACED);
    }

    @Test
    void revokingAUsedTokenLeavesItUsed() {
        AccountToken token = AccountToken.issue(invited, TokenPurpose.INVITATION, "secretariat", NOW)
                .token();
        token.use(NOW.plusSeconds(1));

        token.revoke(NOW.plusSeconds(2));

        assertThat(token.revokedAt()).isNull();
        assertThat(token.stateAt(NOW.plusSeconds(3))).isEqualTo(AccountToken.State.USED);
    }

    @Test
    void anInvitedAccountHasNoPasswordUntilItIsSet() {
        assertThat(invited.statusAt(NOW)).isEqualTo(AccountStatus.INVITED);
        assertThat(invited.canAttemptLogin(NOW)).isFalse();

        invited.setPasswordHash("pbkdf2-sha256$600000$x$y");

        assertThat(invited.statusAt(NOW)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void settingAPasswordOrUnlockingEndsALockout() {
        invited.setPasswordHash("pbkdf2-sha256$600000$x$y");
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            invited.loginFailed(NOW);
        }
        assertThat(invited.statusAt(NOW)).isEqualTo(AccountStatus.LOCKED);

        invited.unlock();
        assertThat(invited.statusAt(NOW)).isEqualTo(AccountStatus.ACTIVE);

        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            invited.loginFailed(NOW);
        }
        invited.setPasswordHash("pbkdf2-sha256$600000$a$b");
        assertThat(invited.canAttemptLogin(NOW)).isTrue();
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() {
        invited.setPasswordHash("pbkdf2-sha256$600000$x$y");

        invited.disable();
        assertThat(invited.statusAt(NOW)).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(invited.canAttemptLogin(NOW)).isFalse();

        invited.enable();
        assertThat(invited.canAttemptLogin(NOW)).isTrue();
    }
}
