package org.unodc.rt.application.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where each State stands, in one of two measures: its reporting status in a cycle ({@code REPORTING}: NOT_SUBMITTED,
 * IN_REVIEW, ACCEPTED), or the published implementation status of one resolution paragraph ({@code IMPLEMENTATION}:
 * the statuses of a return, or NOT_PUBLISHED), with the totals by regional group.
 */
public record Progress(
        String measure,
        CycleRef cycle,
        Long resolutionId,
        String resolution,
        Integer paragraph,
        List<StateValue> states,
        List<GroupTotal> totals)
        implements Serializable {

    public static final String REPORTING = "REPORTING";
    public static final String IMPLEMENTATION = "IMPLEMENTATION";

    public record CycleRef(long id, String title, int session, LocalDate deadline, String status)
            implements Serializable {}

    /** One State's value in the measure, with what a map needs to place it (ISO numeric, M49, code). */
    public record StateValue(String iso3, String m49, String regionalGroup, String value) implements Serializable {}

    /** How many States of a regional group (or of all, {@code ALL}) have each value. */
    public record GroupTotal(String regionalGroup, int states, Map<String, Integer> counts) implements Serializable {}
}
