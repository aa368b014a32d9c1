package org.unodc.rt.application.account;

import java.time.Instant;
import org.unodc.rt.domain.account.AccountStatus;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;

/** An account as the secretariat sees it in the list of users; never the password hash. */
public record AccountView(
        String username,
        String displayName,
        String email,
        Role role,
        String stateIso3,
        String language,
        AccountStatus status,
        Instant createdAt,
        Instant lockedUntil)
        implements java.io.Serializable {

    public static AccountView of(UserAccount account, Instant now) {
        return new AccountView(
                account.username(),
                account.displayName(),
                account.email(),
                account.role(),
                account.state() == null ? null : account.state().iso3(),
                account.locale(),
                account.statusAt(now),
                account.createdAt(),
                account.isLocked(now) ? account.lockedUntil() : null);
    }
}
