package org.unodc.rt.domain.account;

import java.time.Duration;

/** What a link sent by e-mail lets its holder do, and how long it stays valid. */
public enum TokenPurpose {
    /** The first password of an account the secretariat created; a week leaves time for a diplomat's travel. */
    INVITATION(Duration.ofDays(7)),
    /** A new password for an account that has one; short, because the holder asked for it a moment ago. */
    RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
