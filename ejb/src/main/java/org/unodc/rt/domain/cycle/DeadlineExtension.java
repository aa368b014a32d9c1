package org.unodc.rt.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A later deadline granted to one State. */
@Embeddable
public record DeadlineExtension(
        @Column(name = "state_iso3", length = 3, nullable = false) String iso3,
        @Column(name = "extended_to", nullable = false) LocalDate extendedTo) {}
