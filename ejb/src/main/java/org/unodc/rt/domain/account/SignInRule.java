package org.unodc.rt.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides one sign-in attempt. Every attempt costs exactly one password hash check, whatever the account's state (no
 * such name, invitation not accepted, deactivated, locked, wrong or right password): a check of an account without a
 * usable password runs against a decoy hash and its result is ignored. So the time an answer takes says nothing about
 * which names exist or what state their accounts are in.
 */
public final class SignInRule {

    /** The slow hash check; the same for every attempt. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean matches(char[] password, String storedHash);
    }

    /** The outcome; the reason is for the audit trail, never shown to the person signing in. */
    public record Outcome(Optional<UserAccount> account, String reason) {
        public boolean succeeded() {
            return account.isPresent();
        }

        static Outcome refused(String reason) {
            return new Outcome(Optional.empty(), reason);
        }
    }

    private final PasswordCheck check;
    private final String decoyHash;

    /** @param decoyHash a hash of a random password, made with the same cost as real ones */
    public SignInRule(PasswordCheck check, String decoyHash) {
        this.check = Objects.requireNonNull(check);
        this.decoyHash = Objects.requireNonNull(decoyHash);
    }

    public Outcome attempt(Optional<UserAccount> found, char[] password, Instant now) {
        Optional<String> stored = found.filter(UserAccount::hasPassword).map(UserAccount::passwordHash);
        boolean matches = check.matches(password, stored.orElse(decoyHash)) && stored.isPresent();
        if (found.isEmpty()) {
            return Outcome.refused("unknown user name");
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            return Outcome.refused("account disabled");
        }
        if (!account.hasPassword()) {
            return Outcome.refused("invitation not accepted yet: no password");
        }
        if (account.isLocked(now)) {
            return Outcome.refused("account locked until " + account.lockedUntil());
        }
        if (!matches) {
            account.loginFailed(now);
            return Outcome.refused(account.isLocked(now) ? "wrong password; account now locked" : "wrong password");
        }
        account.loginSucceeded();
        return new Outcome(Optional.of(account), "ok");
    }
}
