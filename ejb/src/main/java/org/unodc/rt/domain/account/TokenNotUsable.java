package org.unodc.rt.domain.account;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.RuleViolation;

/** A link from an e-mail that can no longer set a password; the message says what to ask for instead. */
@ApplicationException(rollback = true)
public class TokenNotUsable extends RuleViolation {

    private final AccountToken.State state;

    public TokenNotUsable(TokenPurpose purpose, AccountToken.State state) {
        super(explain(purpose, state));
        this.state = state;
    }

    /** {@code null} when no token has the secret at all. */
    public AccountToken.State state() {
        return state;
    }

    static String explain(TokenPurpose purpose, AccountToken.State state) {
        String what = state == null
                ? "This link is not known: check that the whole link was copied from the e-mail."
                : switch (state) {
                    case EXPIRED -> "This link has expired.";
                    case USED -> "This link has already been used.";
                    case REPLACED -> "This link was replaced by a newer one.";
                    case USABLE -> "This link can still be used.";
                };
        String next = purpose == TokenPurpose.RESET
                ? " Ask for a new password-reset link on the sign-in page (\"Forgot your password?\")."
                : " Ask the secretariat for a new invitation, or use the latest e-mail you received.";
        return what + next;
    }
}
