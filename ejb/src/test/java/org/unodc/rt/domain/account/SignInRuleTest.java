package org.unodc.rt.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every attempt costs one password hash check, whatever the account's state; before, a locked or invited account
 * skipped it and answered in 8 ms instead of 277 ms, which told an attacker the name exists.
 */
class SignInRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String DECOY = "decoy-hash";

    private final List<String> checkedAgainst = new ArrayList<>();
    private final SignInRule rule = new SignInRule(
            (password, stored) -> {
                checkedAgainst.add(stored);
                return stored.equals("hash-of:" + new String(password));
            },
            DECOY);

    @Test
    void anUnknownNameIsCheckedAgainstTheDecoy() {
        SignInRule.Outcome outcome = rule.attempt(Optional.empty(), "anything at all".toCharArray(), NOW);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.reason()).isEqualTo("unknown user name");
        assertThat(checkedAgainst).containsExactly(DECOY);
    }

    @Test
    void anInvitedAccountWithoutPasswordCostsOneCheckAndFails() {
        UserAccount invited = account();

        SignInRule.Outcome outcome = rule.attempt(Optional.of(invited), "anything at all".toCharArray(), NOW);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.reason()).contains("invitation not accepted");
        assertThat(checkedAgainst).containsExactly(DECOY);
    }

    @Test
    void aDeactivatedAccountCostsOneCheckAndFailsEvenWithTheRightPassword() {
        UserAccount deactivated = withPassword("the right password");
        deactivated.disable();

        SignInRule.Outcome outcome = rule.attempt(Optional.of(deactivated), "the right password".toCharArray(), NOW);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.reason()).isEqualTo("account disabled");
        assertThat(checkedAgainst).hasSize(1);
    }

    @Test
    void aLockedAccountCostsOneCheckAndFailsEvenWithTheRightPassword() {
        UserAccount locked = withPassword("the right password");
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            locked.loginFailed(NOW);
        }

        SignInRule.Outcome outcome = rule.attempt(Optional.of(locked), "the right password".toCharArray(), NOW);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.reason()).startsWith("account locked until");
        assertThat(checkedAgainst).hasSize(1);
    }

    @Test
    void fiveWrongPasswordsLockAndTheLockEnds() {
        UserAccount account = withPassword("the right password");
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            rule.attempt(Optional.of(account), "a wrong password".toCharArray(), NOW);
        }

        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(rule.attempt(Optional.of(account), "the right password".toCharArray(), NOW.plus(Duration.ofHours(1)))
                        .succeeded())
                .isTrue();
        assertThat(checkedAgainst).hasSize(UserAccount.MAX_FAILED_LOGINS + 1);
    }

    @Test
    void theRightPasswordSignsIn() {
        UserAccount account = withPassword("the right password");

        SignInRule.Outcome outcome = rule.attempt(Optional.of(account), "the right password".toCharArray(), NOW);

        assertThat(outcome.account()).containsSame(account);
        assertThat(checkedAgainst).containsExactly("hash-of:the right password");
    }

    private static UserAccount account() {
        return UserAccount.staff("someone", "someone@example.org", "Someone", Role.SECRETARIAT, NOW);
    }

    private static UserAccount withPassword(String password) {
        UserAccount account = account();
        account.setPasswordHash("hash-of:" + password);
        return account;
    }
}
