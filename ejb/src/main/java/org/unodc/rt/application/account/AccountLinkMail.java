package org.unodc.rt.application.account;

import java.time.Instant;
import org.unodc.rt.domain.account.TokenPurpose;

/**
 * An invitation or reset link to send once the transaction that issued it has committed. It carries everything the
 * e-mail needs, so sending it needs no database.
 */
public record AccountLinkMail(
        TokenPurpose purpose,
        String username,
        String email,
        String displayName,
        String language,
        String link,
        Instant expiresAt) {}
