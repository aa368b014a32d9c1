package org.unodc.rt.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private UserAccount secretariat() {
        UserAccount account = UserAccount.staff("anna.weber", "Anna.Weber@UN.org", "Anna Weber", Role.SECRETARIAT, NOW);
        account.setPasswordHash("pbkdf2-sha256$600000$x$y");
        return account;
    }

    @Test
    void fiveFailuresInARowLockTheAccountForAQuarterOfAnHour() {
        UserAccount account = secretariat();

        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW);
        }
        assertThat(account.canAttemptLogin(NOW)).isTrue();
        account.loginFailed(NOW);

        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.canAttemptLogin(NOW.plus(Duration.ofMinutes(14)))).isFalse();
        assertThat(account.canAttemptLogin(NOW.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        UserAccount account = secretariat();
        for (int i = 0; i < 4; i++) {
            account.loginFailed(NOW);
        }

        account.loginSucceeded();
        account.loginFailed(NOW);

        assertThat(account.failedLogins()).isEqualTo(1);
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void anInvitedAccountWithoutPasswordCannotSignIn() {
        UserAccount account = UserAccount.staff("new.person", "new@un.org", "New Person", Role.SECRETARIAT, NOW);

        assertThat(account.canAttemptLogin(NOW)).isFalse();
    }

    @Test
    void aFocalPointNeedsAState() {
        assertThatThrownBy(() -> UserAccount.focalPoint("fp.none", "fp@example.org", "No State", null, NOW))
                .hasMessage("A focal point must be bound to a Member State.");
    }

    @Test
    void userNamesAndEmailsAreNormalisedAndChecked() {
        UserAccount account = secretariat();

        assertThat(account.username()).isEqualTo("anna.weber");
        assertThat(account.email()).isEqualTo("anna.weber@un.org");
        assertThatThrownBy(() -> UserAccount.staff("a b", "x@y.org", "X", Role.ADMIN, NOW))
                .hasMessageContaining("3 to 100 characters");
        assertThatThrownBy(() -> UserAccount.staff("valid.name", "not-an-email", "X", Role.ADMIN, NOW))
                .hasMessage("\"not-an-email\" is not an e-mail address.");
    }
}
