package org.unodc.rt.web.progress;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unodc.rt.application.progress.ProgressQueries;
import org.unodc.rt.application.progress.Trend;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.web.common.Fmt;
import org.unodc.rt.web.common.UserSession;

/**
 * Implementation across cycles for one resolution: per operative paragraph the implementation rate in each cycle and
 * the change since the previous one, overall and by regional group, as a chart and as a table.
 */
@Named
@ViewScoped
public class TrendPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bars of the chart: one group per paragraph, one bar per cycle. */
    static final int BAR = 14;

    static final int GAP = 18;
    static final int HEIGHT = 200;

    /** One paragraph's line: its point in each cycle (null where the cycle did not ask about it). */
    public record Line(int paragraph, List<Trend.Point> points) implements Serializable {}

    /** A bar of the chart. */
    public record Bar(double x, double y, double height, int cycleIndex, String title) implements Serializable {}

    @Inject
    ProgressQueries queries;

    @Inject
    UserSession session;

    @Inject
    Fmt fmt;

    private Long resolutionId;
    private String group = "ALL";
    private List<ProgressQueries.AskedParagraph> resolutions;
    private Trend trend;
    private List<Line> lines;

    @PostConstruct
    void init() {
        resolutions = queries.askedResolutions();
    }

    public void load() {
        if (resolutionId == null && !resolutions.isEmpty()) {
            resolutionId = resolutions.get(0).resolutionId();
        }
        if (resolutionId == null) {
            return;
        }
        trend = queries.trend(resolutionId, session.getLanguage());
        Map<Integer, Trend.Point[]> byParagraph = new TreeMap<>();
        for (Trend.Point point : trend.points()) {
            Trend.Point[] row = byParagraph.computeIfAbsent(
                    point.paragraph(), p -> new Trend.Point[trend.cycles().size()]);
            row[cycleIndex(point.cycleId())] = point;
        }
        lines = new ArrayList<>();
        byParagraph.forEach((paragraph, points) -> lines.add(new Line(paragraph, java.util.Arrays.asList(points))));
    }

    private int cycleIndex(long cycleId) {
        for (int i = 0; i < trend.cycles().size(); i++) {
            if (trend.cycles().get(i).id() == cycleId) {
                return i;
            }
        }
        throw new IllegalStateException("cycle " + cycleId);
    }

    /** The rate of a point for the chosen regional group (or all States). */
    public Double rate(Trend.Point point) {
        if (point == null) {
            return null;
        }
        return "ALL".equals(group) ? point.rate() : point.byGroup().get(group);
    }

    /** A rate as a whole percentage, written as the reader's language writes one (Fmt); a dash for none. */
    public String percent(Double rate) {
        return rate == null ? "–" : fmt.percent(Math.round(rate * 100));
    }

    /** The change since the previous cycle that asked, in percentage points, signed; a dash for the first. */
    public String change(Line line, int index) {
        Double now = rate(line.points().get(index));
        Double before = null;
        for (int i = index - 1; i >= 0 && before == null; i--) {
            before = rate(line.points().get(i));
        }
        if (now == null || before == null) {
            return "–";
        }
        long points = Math.round((now - before) * 100);
        return (points > 0 ? "+" : points < 0 ? "−" : "±") + Math.abs(points);
    }

    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        int cycles = trend.cycles().size();
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            for (int c = 0; c < cycles; c++) {
                Double rate = rate(line.points().get(c));
                double height = rate == null ? 0 : rate * HEIGHT;
                double x = 40 + l * (cycles * BAR + GAP) + c * BAR;
                bars.add(new Bar(x, 10 + HEIGHT - height, height, c, "¶" + line.paragraph() + ": " + percent(rate)));
            }
        }
        return bars;
    }

    public int getChartWidth() {
        return 60 + lines.size() * (trend.cycles().size() * BAR + GAP);
    }

    public int getChartHeight() {
        return HEIGHT + 40;
    }

    /** Where a paragraph's label sits under its bars. */
    public double labelX(int index) {
        return 40 + index * (trend.cycles().size() * BAR + GAP) + trend.cycles().size() * BAR / 2.0;
    }

    public String[] getGroups() {
        List<String> groups = new ArrayList<>(List.of("ALL"));
        for (RegionalGroup g : RegionalGroup.values()) {
            groups.add(g.name());
        }
        return groups.toArray(String[]::new);
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group == null || group.isBlank() ? "ALL" : group;
    }

    public List<ProgressQueries.AskedParagraph> getResolutions() {
        return resolutions;
    }

    public Trend getTrend() {
        return trend;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** In demo mode the cycles and returns are invented: the pages say so. */
    public boolean isDemo() {
        return org.unodc.rt.application.DemoMode.enabled();
    }
}
