package org.unodc.rt.application.progress;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.PublishedAnswer;
import org.unodc.rt.domain.returns.ReturnHistory;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.RegionalGroup;

/**
 * Progress per State and regional group, and its trend across cycles, from what the reader may read: the public only
 * what States allowed to be published (see {@link ImplementationReturn#answersReadBy}).
 */
@Stateless
@PermitAll
public class ProgressQueries {

    /** Reporting status of a State in a cycle, as the public may know it: a draft is the State's own business. */
    public static final String NOT_SUBMITTED = "NOT_SUBMITTED";

    public static final String IN_REVIEW = "IN_REVIEW";
    public static final String NOT_PUBLISHED = "NOT_PUBLISHED";

    @Inject
    MemberStateService states;

    @Inject
    Cycles cycles;

    @Inject
    Resolutions resolutions;

    @Inject
    ReturnHistory returns;

    @Inject
    Returns cycleReturns;

    @Inject
    CurrentCaller caller;

    /**
     * @param cycleId the cycle; null for the newest cycle that is not a draft and has replies, else the newest that is not a draft
     * @param resolutionId with {@code paragraph}, the paragraph whose implementation status is asked; without, the
     *     reporting status in the cycle
     */
    public Progress progress(Long cycleId, Long resolutionId, Integer paragraph) {
        return progress(cycleId, resolutionId, paragraph, Question.ORIGINAL.code());
    }

    /** The same, with the cycle named in a reader's language (its code, "ar"): the translation, else the original. */
    public Progress progress(Long cycleId, Long resolutionId, Integer paragraph, String language) {
        if ((resolutionId == null) != (paragraph == null)) {
            throw new InvalidInputException(Explanation.of("progress.paragraphNeedsResolution"));
        }
        ReportingCycle cycle = cycleId == null ? latestCycle() : visibleCycle(cycleId);
        List<MemberState> all = states.list();
        Map<String, String> values = new HashMap<>();
        String measure;
        Resolution resolution = null;
        if (resolutionId == null) {
            measure = Progress.REPORTING;
            if (cycle != null) {
                for (ImplementationReturn r : cycleReturns.returnsTo(cycle.id())) {
                    values.put(r.stateIso3(), reportingStatus(r.status()));
                }
            }
        } else {
            measure = Progress.IMPLEMENTATION;
            resolution = resolutions
                    .find(resolutionId)
                    .orElseThrow(() ->
                            new NotFoundException(Explanation.of("resolution.notFound", String.valueOf(resolutionId))));
            ImplementationReturn.Reader reader = reader();
            for (ImplementationReturn r : returns.accepted()) {
                if (cycle != null && !r.cycle().id().equals(cycle.id())) {
                    continue;
                }
                for (PublishedAnswer a : r.answersReadBy(reader)) {
                    if (a.resolutionId() == resolutionId && a.paragraphNumber() == paragraph && a.status() != null) {
                        values.putIfAbsent(r.stateIso3(), a.status().name());
                    }
                }
            }
        }
        String none = Progress.REPORTING.equals(measure) ? NOT_SUBMITTED : NOT_PUBLISHED;
        List<Progress.StateValue> lines = all.stream()
                .map(s -> new Progress.StateValue(
                        s.iso3(), s.m49(), s.regionalGroup().name(), values.getOrDefault(s.iso3(), none)))
                .toList();
        return new Progress(
                measure,
                cycle == null ? null : ref(cycle, language),
                resolutionId,
                resolution == null ? null : label(resolution),
                paragraph,
                lines,
                totals(lines));
    }

    /** The implementation rate of each paragraph of the resolution in each cycle that asked about it. */
    public Trend trend(long resolutionId) {
        return trend(resolutionId, Question.ORIGINAL.code());
    }

    /** The same, with the cycles named in a reader's language (its code, "zh"): the translation, else the original. */
    public Trend trend(long resolutionId, String language) {
        Resolution resolution = resolutions
                .find(resolutionId)
                .orElseThrow(() ->
                        new NotFoundException(Explanation.of("resolution.notFound", String.valueOf(resolutionId))));
        Map<String, RegionalGroup> groups = new HashMap<>();
        states.list().forEach(s -> groups.put(s.iso3(), s.regionalGroup()));
        ImplementationReturn.Reader reader = reader();
        // cycle → paragraph → State → status, from the accepted returns
        Map<ReportingCycle, Map<Integer, Map<String, ImplementationStatus>>> answers =
                new TreeMap<>(Comparator.comparing(ReportingCycle::deadline).thenComparing(ReportingCycle::id));
        for (ImplementationReturn r : returns.accepted()) {
            for (PublishedAnswer a : r.answersReadBy(reader)) {
                if (a.resolutionId() == resolutionId && a.status() != null) {
                    answers.computeIfAbsent(r.cycle(), c -> new TreeMap<>())
                            .computeIfAbsent(a.paragraphNumber(), p -> new HashMap<>())
                            .put(r.stateIso3(), a.status());
                }
            }
        }
        List<Trend.CycleRef> cycleRefs = new ArrayList<>();
        List<Trend.Point> points = new ArrayList<>();
        Map<Integer, Double> previous = new HashMap<>();
        for (Map.Entry<ReportingCycle, Map<Integer, Map<String, ImplementationStatus>>> perCycle : answers.entrySet()) {
            ReportingCycle cycle = perCycle.getKey();
            cycleRefs.add(new Trend.CycleRef(
                    cycle.id(), cycle.titleFor(language), cycle.session().ordinal(), cycle.deadline()));
            for (Map.Entry<Integer, Map<String, ImplementationStatus>> perParagraph :
                    perCycle.getValue().entrySet()) {
                Map<String, ImplementationStatus> byState = perParagraph.getValue();
                Rate overall = Rate.of(byState.values());
                Map<String, Double> byGroup = new LinkedHashMap<>();
                for (RegionalGroup group : RegionalGroup.values()) {
                    byGroup.put(
                            group.name(),
                            Rate.of(byState.entrySet().stream()
                                            .filter(e -> groups.get(e.getKey()) == group)
                                            .map(Map.Entry::getValue)
                                            .toList())
                                    .value());
                }
                Double before = previous.get(perParagraph.getKey());
                Double rate = overall.value();
                points.add(new Trend.Point(
                        perParagraph.getKey(),
                        cycle.id(),
                        overall.reported(),
                        overall.implemented(),
                        overall.partially(),
                        rate,
                        before == null || rate == null ? null : Math.round((rate - before) * 1000) / 10.0,
                        byGroup));
                if (rate != null) {
                    previous.put(perParagraph.getKey(), rate);
                }
            }
        }
        return new Trend(resolutionId, label(resolution), cycleRefs, points);
    }

    /** Implemented among the States that reported a status other than "not applicable". */
    record Rate(int reported, int implemented, int partially) {
        static Rate of(java.util.Collection<ImplementationStatus> statuses) {
            int reported = 0;
            int implemented = 0;
            int partially = 0;
            for (ImplementationStatus status : statuses) {
                if (status == ImplementationStatus.NOT_APPLICABLE) {
                    continue;
                }
                reported++;
                if (status == ImplementationStatus.IMPLEMENTED) {
                    implemented++;
                } else if (status == ImplementationStatus.PARTIALLY_IMPLEMENTED) {
                    partially++;
                }
            }
            return new Rate(reported, implemented, partially);
        }

        Double value() {
            return reported == 0 ? null : Math.round(1000.0 * implemented / reported) / 1000.0;
        }
    }

    /** Cycles the reader may ask about: any that is no longer a draft, the latest first. */
    public List<ReportingCycle> visibleCycles() {
        List<ReportingCycle> visible = new ArrayList<>(cycles.allButDrafts());
        visible.sort(Comparator.comparing(ReportingCycle::deadline)
                .thenComparing(ReportingCycle::id)
                .reversed());
        return visible;
    }

    /** A cycle to choose on the map, named in the reader's language. */
    public record CycleChoice(long id, String title) implements java.io.Serializable {}

    /** The cycles {@link #visibleCycles()} lists, each named in a reader's language (its code, "ru"). */
    public List<CycleChoice> cycleChoices(String language) {
        return visibleCycles().stream()
                .map(cycle -> new CycleChoice(cycle.id(), cycle.titleFor(language)))
                .toList();
    }

    /** The resolutions the visible cycles asked about: what trends can be shown for. */
    public List<AskedParagraph> askedResolutions() {
        Map<Long, AskedParagraph> first = new LinkedHashMap<>();
        askedParagraphs().forEach(a -> first.putIfAbsent(a.resolutionId(), a));
        return List.copyOf(first.values());
    }

    /** A resolution paragraph some cycle asked about: what the map can be coloured by. */
    public record AskedParagraph(long resolutionId, String resolution, int paragraph) implements java.io.Serializable {}

    /** The resolution paragraphs the visible cycles asked about, by resolution and paragraph number. */
    public List<AskedParagraph> askedParagraphs() {
        Map<String, AskedParagraph> asked = new TreeMap<>();
        for (ReportingCycle cycle : visibleCycles()) {
            cycle.questions().stream()
                    .filter(q -> q.resolution() != null && q.paragraphNumber() != null)
                    .forEach(q -> asked.putIfAbsent(
                            String.format("%s/%05d", label(q.resolution()), q.paragraphNumber()),
                            new AskedParagraph(q.resolution().id(), label(q.resolution()), q.paragraphNumber())));
        }
        return List.copyOf(asked.values());
    }

    /**
     * The cycle the map opens on: the newest that is not a draft and that some State has replied to, so a cycle that
     * has just opened does not show an empty map; the newest that is not a draft when none has a reply yet.
     */
    private ReportingCycle latestCycle() {
        List<ReportingCycle> visible = visibleCycles();
        return visible.stream()
                .filter(cycle -> cycleReturns.returnsTo(cycle.id()).stream()
                        .anyMatch(r -> r.status().hasBeenSubmitted()))
                .findFirst()
                .orElse(visible.isEmpty() ? null : visible.get(0));
    }

    private ReportingCycle visibleCycle(long id) {
        return cycles.find(id)
                .filter(c -> c.status() != CycleStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(Explanation.of("cycle.notFound", String.valueOf(id))));
    }

    private ImplementationReturn.Reader reader() {
        return caller.isStaff() ? ImplementationReturn.Reader.SECRETARIAT : ImplementationReturn.Reader.PUBLIC;
    }

    static String reportingStatus(ReturnStatus status) {
        return status.publicStatus()
                .map(shown -> shown == ReturnStatus.ACCEPTED ? shown.name() : IN_REVIEW)
                .orElse(NOT_SUBMITTED);
    }

    private static List<Progress.GroupTotal> totals(List<Progress.StateValue> lines) {
        List<Progress.GroupTotal> totals = new ArrayList<>();
        for (RegionalGroup group : RegionalGroup.values()) {
            totals.add(total(
                    group.name(),
                    lines.stream()
                            .filter(l -> l.regionalGroup().equals(group.name()))
                            .toList()));
        }
        totals.add(total("ALL", lines));
        return totals;
    }

    private static Progress.GroupTotal total(String group, List<Progress.StateValue> lines) {
        Map<String, Integer> counts = new TreeMap<>();
        lines.forEach(l -> counts.merge(l.value(), 1, Integer::sum));
        return new Progress.GroupTotal(group, lines.size(), counts);
    }

    private static Progress.CycleRef ref(ReportingCycle cycle, String language) {
        return new Progress.CycleRef(
                cycle.id(),
                cycle.titleFor(language),
                cycle.session().ordinal(),
                cycle.deadline(),
                cycle.status().name());
    }

    static String label(Resolution resolution) {
        return Question.resolutionLabel(resolution);
    }
}
