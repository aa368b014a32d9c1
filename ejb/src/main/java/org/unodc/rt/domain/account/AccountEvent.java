package org.unodc.rt.domain.account;

import java.time.Instant;
import java.util.Optional;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/** What happens to accounts, as the audit trail records it. The target is always the account, by user name. */
public sealed interface AccountEvent extends Audited {

    String username();

    @Override
    default String targetType() {
        return "UserAccount";
    }

    @Override
    default String targetId() {
        return username();
    }

    /** Setting a password through an invitation activates the account; through a reset link it resets it. */
    private static String passwordAction(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? "ACCOUNT_ACTIVATED" : "PASSWORD_RESET";
    }

    @AuditAction("ACCOUNT_INVITED")
    record Invited(String username, Role role, String stateIso3, String email, Instant linkValidUntil)
            implements AccountEvent {

        @Override
        public String detail() {
            return role + (stateIso3 == null ? "" : " of " + stateIso3) + ", " + email + ", link valid until "
                    + linkValidUntil;
        }
    }

    @AuditAction("INVITATION_RESENT")
    record InvitationResent(String username, String email, Instant linkValidUntil) implements AccountEvent {

        @Override
        public String detail() {
            return "to " + email + ", link valid until " + linkValidUntil + "; earlier links replaced";
        }
    }

    /** A reset link was sent; {@code username} is the account's. */
    @AuditAction("PASSWORD_RESET_REQUESTED")
    record ResetLinkSent(String username, String email, Instant linkValidUntil, String fromAddress)
            implements AccountEvent {

        @Override
        public String detail() {
            return "link sent to " + email + ", valid until " + linkValidUntil + " (asked from " + fromAddress + ")";
        }
    }

    /**
     * A reset was asked for and nothing was sent (no such account, no password yet, too many links this hour); the
     * person asking gets the same answer either way.
     *
     * @param username what was typed when it names no account
     */
    @AuditAction(value = "PASSWORD_RESET_REQUESTED", outcome = AuditEvent.Outcome.FAILED)
    record ResetLinkNotSent(String username, String reason) implements AccountEvent {

        @Override
        public String detail() {
            return reason;
        }
    }

    /** A password chosen through an invitation (the account is activated) or a reset link; done by its owner. */
    record PasswordSet(
            String username, TokenPurpose purpose, String linkIssuedBy, Instant linkIssuedAt, boolean wasLocked)
            implements AccountEvent {
        @Override
        public String action() {
            return passwordAction(purpose);
        }

        @Override
        public String detail() {
            return "through the " + purpose + " link issued by " + linkIssuedBy + " at " + linkIssuedAt
                    + (wasLocked ? "; lockout ended" : "");
        }

        @Override
        public Optional<String> actor() {
            return Optional.of(username);
        }
    }

    /** Someone followed a link that no longer sets a password (used, expired, replaced); the owner is the actor. */
    record LinkNotUsable(String username, TokenPurpose purpose, AccountToken.State state) implements AccountEvent {
        @Override
        public String action() {
            return passwordAction(purpose);
        }

        @Override
        public String detail() {
            return "link " + state;
        }

        @Override
        public AuditEvent.Outcome outcome() {
            return AuditEvent.Outcome.FAILED;
        }

        @Override
        public Optional<String> actor() {
            return Optional.of(username);
        }
    }

    @AuditAction("ACCOUNT_DEACTIVATED")
    record Deactivated(String username) implements AccountEvent {}

    @AuditAction("ACCOUNT_REACTIVATED")
    record Reactivated(String username, boolean hasPassword) implements AccountEvent {
        @Override
        public String detail() {
            return hasPassword ? null : "no password yet: re-send the invitation";
        }
    }

    @AuditAction("ACCOUNT_UNLOCKED")
    record Unlocked(String username, Instant wasLockedUntil) implements AccountEvent {
        @Override
        public String detail() {
            return wasLockedUntil != null ? "was locked until " + wasLockedUntil : "was not locked";
        }
    }

    /** A sign-in, successful or not; the actor is the name that was typed (cut to the trail's column). */
    @AuditAction("LOGIN")
    record SignIn(String username, boolean succeeded, String reason) implements AccountEvent {

        @Override
        public String detail() {
            return succeeded ? null : reason;
        }

        @Override
        public AuditEvent.Outcome outcome() {
            return succeeded ? AuditEvent.Outcome.DONE : AuditEvent.Outcome.FAILED;
        }

        @Override
        public Optional<String> actor() {
            return Optional.of(username);
        }
    }
}
