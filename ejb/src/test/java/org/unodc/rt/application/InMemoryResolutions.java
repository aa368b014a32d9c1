package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.Resolutions;

/** The catalogue in lists, for plain tests; filters only by body (what the tests need). */
public final class InMemoryResolutions implements Resolutions {

    public final List<Resolution> resolutions = new ArrayList<>();
    public final List<ResolutionRevision> revisions = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<Resolution> find(long id) {
        return resolutions.stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public Optional<Resolution> findBySymbol(String symbol) {
        return resolutions.stream()
                .filter(r -> Objects.equals(r.symbol(), symbol))
                .findFirst();
    }

    @Override
    public Optional<Resolution> findUnnumbered(
            org.unodc.rt.domain.resolution.text.ResolutionBody body,
            org.unodc.rt.domain.resolution.text.ResolutionStatus status,
            String title) {
        return resolutions.stream()
                .filter(r -> r.symbol() == null && r.number() == null && r.parent() == null)
                .filter(r -> r.body() == body && r.status() == status)
                .filter(r -> r.title()
                        .strip()
                        .replaceAll("\\s+", " ")
                        .equalsIgnoreCase(title.strip().replaceAll("\\s+", " ")))
                .findFirst();
    }

    @Override
    public Optional<Resolution> findByNumber(String number) {
        return resolutions.stream()
                .filter(r -> Objects.equals(r.number(), number))
                .findFirst();
    }

    @Override
    public List<ResolutionSummary> list(ResolutionFilter filter) {
        return resolutions.stream()
                .filter(r -> filter.body() == null || r.body() == filter.body())
                .map(InMemoryResolutions::summary)
                .toList();
    }

    @Override
    public List<ResolutionSummary> all() {
        return resolutions.stream().map(InMemoryResolutions::summary).toList();
    }

    @Override
    public List<ResolutionSummary> mandatedFor(int sessionOrdinal) {
        return resolutions.stream()
                .filter(r -> r.mandates().stream().anyMatch(m -> isOn(m, sessionOrdinal)))
                .map(InMemoryResolutions::summary)
                .toList();
    }

    @Override
    public List<ReportingMandate> mandatesFor(int sessionOrdinal) {
        return resolutions.stream()
                .flatMap(r -> r.mandates().stream())
                .filter(m -> isOn(m, sessionOrdinal))
                .toList();
    }

    @Override
    public List<Resolution> nestedIn(long id) {
        return resolutions.stream()
                .filter(r -> r.parent() != null && r.parent().id() == id)
                .toList();
    }

    @Override
    public List<Resolution> recalling(String number) {
        return resolutions.stream()
                .filter(r -> r.citedResolutions().contains(number))
                .toList();
    }

    @Override
    public List<ResolutionRevision> history(long id) {
        return revisions.stream()
                .filter(h -> h.resolutionId() == id)
                .sorted(Comparator.comparing(ResolutionRevision::revisedAt).reversed())
                .toList();
    }

    @Override
    public void add(Resolution resolution) {
        resolutions.add(Entities.with(resolution, "id", nextId++));
    }

    @Override
    public void add(ResolutionRevision revision) {
        revisions.add(revision);
    }

    private static boolean isOn(ReportingMandate mandate, int sessionOrdinal) {
        return mandate.isForCommission() && Objects.equals(mandate.sessionOrdinal(), sessionOrdinal);
    }

    private static ResolutionSummary summary(Resolution r) {
        return new ResolutionSummary(
                r.id(),
                r.body(),
                r.number(),
                r.symbol(),
                r.title(),
                r.status(),
                r.adoptionDate(),
                r.parent() == null ? null : r.parent().id());
    }
}
