package org.unodc.rt.application.account;

import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.account.TokenPurpose;

/**
 * What a link from an e-mail is good for, checked before the person types a password. {@code state} is null when no
 * link has that secret; {@code username} is given only while the link is usable.
 */
public record TokenCheck(AccountToken.State state, TokenPurpose purpose, String username, String message)
        implements java.io.Serializable {

    public boolean usable() {
        return state == AccountToken.State.USABLE;
    }
}
