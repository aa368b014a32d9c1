package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;

/** Cycles in a list, for plain tests of the cycle services. */
public final class InMemoryCycles implements Cycles {

    public final List<ReportingCycle> cycles = new ArrayList<>();
    private long nextId = 1;

    @Override
    public Optional<ReportingCycle> find(Long id) {
        return cycles.stream().filter(c -> Objects.equals(c.id(), id)).findFirst();
    }

    @Override
    public List<ReportingCycle> all() {
        return cycles.stream()
                .sorted(Comparator.comparing(ReportingCycle::deadline).reversed())
                .toList();
    }

    @Override
    public List<ReportingCycle> allButDrafts() {
        return all().stream().filter(c -> c.status() != CycleStatus.DRAFT).toList();
    }

    @Override
    public List<ReportingCycle> open() {
        return cycles.stream().filter(ReportingCycle::isOpen).toList();
    }

    @Override
    public void store(ReportingCycle cycle) {
        if (cycle.id() == null) {
            cycles.add(Entities.with(cycle, "id", nextId++));
        }
    }

    @Override
    public boolean anyCovers(int sessionOrdinal, long resolutionId) {
        return cycles.stream()
                .anyMatch(c -> c.session().ordinal() == sessionOrdinal
                        && c.resolutions().stream().anyMatch(r -> r.id() == resolutionId));
    }
}
