package org.unodc.rt.domain.returns;

import java.time.Instant;
import java.time.LocalDate;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.state.RegionalGroup;

/**
 * A line of the review queue or of a focal point's dashboard. On the dashboard a cycle the State has not started a
 * return in has no id, status or versions.
 */
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
        int versions)
        implements java.io.Serializable {

    /** As the read model selects it ({@code select new}), statuses and group as they are stored. */
    public ReturnSummary(
            Long id,
            Long cycleId,
            String cycleTitle,
            CycleStatus cycleStatus,
            String stateIso3,
            String stateName,
            RegionalGroup regionalGroup,
            ReturnStatus status,
            LocalDate deadline,
            Boolean onTime,
            Instant lastSubmittedAt,
            Number versions) {
        this(
                id,
                cycleId,
                cycleTitle,
                cycleStatus.name(),
                stateIso3,
                stateName,
                regionalGroup.name(),
                status == null ? null : status.name(),
                deadline,
                onTime,
                lastSubmittedAt,
                versions == null ? 0 : versions.intValue());
    }

    /** The same line with the cycle's title in another wording (the reader's language). */
    public ReturnSummary withCycleTitle(String title) {
        return new ReturnSummary(
                id,
                cycleId,
                title,
                cycleStatus,
                stateIso3,
                stateName,
                regionalGroup,
                status,
                deadline,
                onTime,
                lastSubmittedAt,
                versions);
    }
}
