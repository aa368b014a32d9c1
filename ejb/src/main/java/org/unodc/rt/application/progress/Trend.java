package org.unodc.rt.application.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * For one resolution, the implementation rate of each operative paragraph in each cycle that asked about it: the share
 * of States with a published status (not applicable left out) that reported the paragraph implemented, overall and by
 * regional group, and the change since the previous cycle in percentage points.
 */
public record Trend(long resolutionId, String resolution, List<CycleRef> cycles, List<Point> points)
        implements Serializable {

    public record CycleRef(long id, String title, int session, LocalDate deadline) implements Serializable {}

    /**
     * @param rate implemented / reported, from 0 to 1; null when no State reported
     * @param change the rate minus the rate of the previous cycle that asked, in percentage points; null for the first
     * @param byGroup the rate of each regional group, null where none of its States reported
     */
    public record Point(
            int paragraph,
            long cycleId,
            int reported,
            int implemented,
            int partially,
            Double rate,
            Double change,
            Map<String, Double> byGroup)
            implements Serializable {}
}
