package org.unodc.rt.domain.account;

import jakarta.ejb.ApplicationException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RuleViolation;

/** A link from an e-mail that can no longer set a password; the explanation says what to ask for instead. */
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

    /**
     * Why a link of {@code purpose} in {@code state} cannot set a password and what to ask for instead ({@code state}
     * null: no link has that secret), for a page that tells it in its reader's language.
     */
    public static Explanation explain(TokenPurpose purpose, AccountToken.State state) {
        Explanation what = state == null ? Explanation.of("token.unknown") : Explanation.of("token." + state.name());
        Explanation next = purpose == TokenPurpose.RESET
                ? Explanation.of("token.askNewReset")
                : Explanation.of("token.askNewInvitation");
        return Explanation.of("token.notUsable", what, next);
    }
}
