package org.unodc.rt.web.progress;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.progress.Progress;
import org.unodc.rt.application.progress.ProgressQueries;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The progress map: each State coloured by its reporting status in a cycle, or by the published implementation status
 * of one paragraph, with a legend, the same figures as a table (for screen readers and for everyone) and the totals by
 * regional group; a State leads to its profile.
 */
@Named
@ViewScoped
public class ProgressMapPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The values of each measure, in the legend's order. */
    static final List<String> REPORTING_VALUES =
            List.of("ACCEPTED", ProgressQueries.IN_REVIEW, ProgressQueries.NOT_SUBMITTED);

    static final List<String> IMPLEMENTATION_VALUES = List.of(
            "IMPLEMENTED",
            "PARTIALLY_IMPLEMENTED",
            "IN_PROGRESS",
            "NOT_STARTED",
            "NOT_APPLICABLE",
            ProgressQueries.NOT_PUBLISHED);

    /** A State's line: where it is on the map (M49), its name in the interface language and its value. */
    public record Row(String iso3, String m49, String name, String group, String value, String label)
            implements Serializable {}

    /** A shape of the map with the State it is, if any, and the colour class of its value. */
    public record Area(WorldMap.Shape shape, Row state) implements Serializable {}

    /** A choice of paragraph: "resolution id/paragraph". */
    public record ParagraphChoice(String key, String label) implements Serializable {}

    @Inject
    ProgressQueries queries;

    @Inject
    MemberStateService states;

    @Inject
    WorldMap map;

    @Inject
    UserSession session;

    private Long cycleId;
    private String paragraphKey;
    private Progress progress;
    private List<Row> rows;
    private List<ProgressQueries.CycleChoice> cycles;
    private List<ParagraphChoice> paragraphs;

    @PostConstruct
    void init() {
        cycles = queries.cycleChoices(session.getLanguage());
        paragraphs = queries.askedParagraphs().stream()
                .map(a -> new ParagraphChoice(
                        a.resolutionId() + "/" + a.paragraph(),
                        Messages.text("progress.paragraphChoice", a.resolution(), a.paragraph())))
                .toList();
    }

    /** f:viewAction, and every change of the choices. */
    public void load() {
        Long resolution = null;
        Integer paragraph = null;
        if (paragraphKey != null && paragraphKey.matches("\\d+/\\d+")) {
            String[] parts = paragraphKey.split("/");
            resolution = Long.valueOf(parts[0]);
            paragraph = Integer.valueOf(parts[1]);
        } else {
            paragraphKey = null;
        }
        progress = queries.progress(cycleId, resolution, paragraph, session.getLanguage());
        if (cycleId == null && progress.cycle() != null) {
            cycleId = progress.cycle().id();
        }
        UnLanguage language = UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN);
        Map<String, MemberState> byIso3 = new HashMap<>();
        states.list().forEach(s -> byIso3.put(s.iso3(), s));
        Locale locale = session.getLocale();
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        rows = progress.states().stream()
                .map(v -> new Row(
                        v.iso3(),
                        v.m49(),
                        byIso3.get(v.iso3()).name(language),
                        v.regionalGroup(),
                        v.value(),
                        label(v.value())))
                .sorted(Comparator.comparing(Row::name, collator))
                .toList();
    }

    /** The words for a value in the interface language. */
    public String label(String value) {
        return Messages.text("progress.value." + value);
    }

    /** "Reporting status · <cycle>", or "Implementation of E/RES/2013/38, paragraph 5 · <cycle>". */
    public String getMapTitle() {
        String title = isImplementation()
                ? Messages.text("progress.mapImplementation", progress.resolution(), progress.paragraph())
                : Messages.text("progress.mapReporting");
        return progress.cycle() == null
                ? title
                : title + " · " + progress.cycle().title();
    }

    public boolean isImplementation() {
        return Progress.IMPLEMENTATION.equals(progress.measure());
    }

    public List<String> getLegend() {
        return isImplementation() ? IMPLEMENTATION_VALUES : REPORTING_VALUES;
    }

    /** How many States have each value, in the legend's order. */
    public Map<String, Long> getCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        getLegend().forEach(v -> counts.put(v, 0L));
        rows.forEach(r -> counts.merge(r.value(), 1L, Long::sum));
        return counts;
    }

    /** The map's shapes, each with its State (null for a territory that is no Member State). */
    public List<Area> getAreas() {
        Map<String, Row> byM49 = new HashMap<>();
        rows.forEach(r -> byM49.put(r.m49(), r));
        return map.shapes().stream()
                .map(s -> new Area(s, s.m49() == null ? null : byM49.get(s.m49())))
                .filter(a -> !a.shape().dot() || a.state() != null)
                .toList();
    }

    /** The query of the spreadsheet exports of what the page shows. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("?cycle=").append(cycleId == null ? "" : cycleId);
        if (paragraphKey != null) {
            String[] parts = paragraphKey.split("/");
            query.append("&resolution=").append(parts[0]).append("&paragraph=").append(parts[1]);
        }
        return query.toString();
    }

    /** In demo mode the cycles and returns are invented: the pages say so. */
    public boolean isDemo() {
        return org.unodc.rt.application.DemoMode.enabled();
    }

    public String getViewBox() {
        return "0 0 " + map.width() + " " + map.height();
    }

    public List<Progress.GroupTotal> getTotals() {
        return progress.totals();
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public String getParagraphKey() {
        return paragraphKey;
    }

    public void setParagraphKey(String paragraphKey) {
        this.paragraphKey = paragraphKey == null || paragraphKey.isBlank() ? null : paragraphKey;
    }

    public Progress getProgress() {
        return progress;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ProgressQueries.CycleChoice> getCycles() {
        return cycles;
    }

    public List<ParagraphChoice> getParagraphs() {
        return paragraphs;
    }
}
