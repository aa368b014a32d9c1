package org.unodc.rt.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A reminder that went to a State, kept so that a daily check never sends the same reminder twice. */
@Embeddable
public record SentReminder(
        @Column(name = "state_iso3", length = 3, nullable = false) String iso3,
        @Column(name = "days_before", nullable = false) int daysBefore,
        @Column(name = "sent_at", nullable = false) Instant sentAt) {}
