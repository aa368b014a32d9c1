package org.unodc.rt.application.resolution;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.Resolutions;

/**
 * Reads the catalogue: a resolution with everything its page shows, the filtered list, lineage, history and the
 * reporting mandates falling on a session. Texts come in through {@link ResolutionImport}; corrections through
 * {@link ResolutionCorrections}.
 */
@Stateless
@PermitAll
public class ResolutionCatalogue {

    private static final int MAX_CHAIN = 25;

    @Inject
    Resolutions resolutions;

    @Inject
    Cycles cycles;

    public Resolution getResolution(long id) {
        Resolution resolution = findResolution(id)
                .orElseThrow(() -> new NotFoundException(Explanation.of("resolution.notFound", String.valueOf(id))));
        // Load everything a page or the API shows, so the resolution can be read after the transaction ends.
        resolution.preamble();
        resolution.footnotes();
        resolution.citedResolutions();
        resolution.instruments();
        resolution.mandates().forEach(m -> m.session());
        resolution.versions().forEach(v -> v.texts());
        resolution.operative().forEach(p -> {
            p.directives();
            p.subparagraphs();
        });
        if (resolution.parent() != null) {
            resolution.parent().title();
        }
        return resolution;
    }

    public Optional<Resolution> findResolution(long id) {
        return resolutions.find(id);
    }

    public Optional<Resolution> findByNumber(String number) {
        return resolutions.findByNumber(number);
    }

    public List<ResolutionSummary> list(ResolutionFilter filter) {
        return resolutions.list(filter);
    }

    public List<Resolution> nestedIn(long id) {
        return resolutions.nestedIn(id).stream().map(r -> getResolution(r.id())).toList();
    }

    public Lineage lineage(long id) {
        Resolution resolution = getResolution(id);
        List<Resolution> recalls = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String number : sorted(resolution.citedResolutions())) {
            findByNumber(number).ifPresentOrElse(recalls::add, () -> missing.add(number));
        }
        List<Resolution> recalledBy =
                resolution.number() == null ? List.of() : resolutions.recalling(resolution.number());
        return new Lineage(recalls, missing, recalledBy, chain(resolution));
    }

    public List<ResolutionRevision> history(long id) {
        return resolutions.history(id);
    }

    public List<ReportingMandate> mandatesFor(int sessionOrdinal) {
        return resolutions.mandatesFor(sessionOrdinal);
    }

    /**
     * The reporting cycles (published, open or closed) that collect returns for a session, each with the resolutions
     * it covers and the sessions those resolutions ask the Commission for reports at. A cycle may cover resolutions
     * whose reporting requests name another session, or none: the session's page says so instead of suggesting that
     * nothing is asked of States for it.
     */
    public List<SessionCycle> cyclesFor(int sessionOrdinal, String languageCode) {
        return cycles.allButDrafts().stream()
                .filter(c -> c.session().ordinal() == sessionOrdinal)
                .map(c -> new SessionCycle(
                        c.id(),
                        c.titleFor(languageCode),
                        c.status().name(),
                        c.deadline(),
                        c.resolutions().stream()
                                .map(ResolutionCatalogue::covered)
                                .toList()))
                .toList();
    }

    private static CoveredResolution covered(Resolution r) {
        return new CoveredResolution(
                r.id(),
                Resolution.label(r.symbol(), r.body(), r.number(), r.title()),
                r.title(),
                r.mandates().stream()
                        .filter(ReportingMandate::isForCommission)
                        .map(ReportingMandate::sessionOrdinal)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
    }

    /** A cycle as a session's page lists it. */
    public record SessionCycle(
            Long id, String title, String status, java.time.LocalDate deadline, List<CoveredResolution> resolutions)
            implements java.io.Serializable {}

    /**
     * A resolution a cycle covers, with the Commission sessions its reporting requests name (empty when it asks for
     * no report to the Commission).
     */
    public record CoveredResolution(Long id, String label, String title, List<Integer> reportSessions)
            implements java.io.Serializable {}

    /** Whether a reporting cycle for that session covers the resolution: the mandate is being acted on. */
    public boolean hasCycle(int sessionOrdinal, long resolutionId) {
        return cycles.anyCovers(sessionOrdinal, resolutionId);
    }

    /** Follows "recalls" breadth-first through the catalogue, oldest links last; each resolution appears once. */
    private List<Resolution> chain(Resolution start) {
        List<Resolution> chain = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        seen.add(start.id());
        Deque<Resolution> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && chain.size() < MAX_CHAIN) {
            Resolution current = queue.removeFirst();
            for (String number : sorted(current.citedResolutions())) {
                findByNumber(number).filter(r -> seen.add(r.id())).ifPresent(r -> {
                    chain.add(r);
                    queue.addLast(r);
                });
            }
        }
        return chain;
    }

    private static List<String> sorted(Set<String> numbers) {
        return numbers.stream().sorted().toList();
    }
}
