package org.unodc.rt.domain.returns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.state.RegionalGroup;

/**
 * The reporting rate of a cycle, as DHIS2's reporting-rate summary shows it: per regional group and in total, how
 * many States were expected to report, how many submitted, and how many of those on time or late. A State counts
 * once, by its first submission.
 */
public record Completeness(List<Row> groups, Row total) implements java.io.Serializable {

    /** The figures of one regional group (or, with a null group, of all States). */
    public record Row(RegionalGroup group, int expected, int submitted, int onTime, int late)
            implements java.io.Serializable {

        public int missing() {
            return expected - submitted;
        }

        /** Percentage of expected States that submitted, rounded to one decimal. */
        public double reportingRate() {
            return percent(submitted, expected);
        }

        public double onTimeRate() {
            return percent(onTime, expected);
        }

        private static double percent(int part, int whole) {
            return whole == 0 ? 0.0 : Math.round(part * 1000.0 / whole) / 10.0;
        }
    }

    /** What completeness needs to know of one State's return, if it has one. */
    public record StateReturnLine(String iso3, ReturnStatus status, Boolean onTime) {}

    public static Completeness of(Map<String, RegionalGroup> expectedStates, List<StateReturnLine> returns) {
        Map<RegionalGroup, int[]> figures = new EnumMap<>(RegionalGroup.class);
        for (RegionalGroup group : RegionalGroup.values()) {
            figures.put(group, new int[4]);
        }
        expectedStates.values().forEach(group -> figures.get(group)[0]++);
        for (StateReturnLine line : returns) {
            RegionalGroup group = expectedStates.get(line.iso3());
            if (group == null || !line.status().hasBeenSubmitted()) {
                continue;
            }
            int[] f = figures.get(group);
            f[1]++;
            if (Boolean.TRUE.equals(line.onTime())) {
                f[2]++;
            } else {
                f[3]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] total = new int[4];
        for (Map.Entry<RegionalGroup, int[]> e : figures.entrySet()) {
            int[] f = e.getValue();
            rows.add(new Row(e.getKey(), f[0], f[1], f[2], f[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += f[i];
            }
        }
        return new Completeness(List.copyOf(rows), new Row(null, total[0], total[1], total[2], total[3]));
    }
}
