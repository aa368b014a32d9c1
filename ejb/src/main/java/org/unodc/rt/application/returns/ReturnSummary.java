package org.unodc.rt.application.returns;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the review queue or of a focal point's dashboard. */
public record ReturnSummary(
        Long id,
        Long cycleId,
        String cycleTitle,
        String cycleStatus,
        String stateIso3,
        String stateName,
        String regionalGroup,
        String status,
        LocalDate deadline,
        Boolean onTime,
        Instant lastSubmittedAt,
        int versions) {}
