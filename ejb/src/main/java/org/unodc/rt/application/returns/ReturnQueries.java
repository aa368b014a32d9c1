package org.unodc.rt.application.returns;

import static org.unodc.rt.domain.account.Role.ADMIN_NAME;
import static org.unodc.rt.domain.account.Role.CONTRIBUTOR_NAME;
import static org.unodc.rt.domain.account.Role.FOCAL_POINT_NAME;
import static org.unodc.rt.domain.account.Role.OBSERVER_NAME;
import static org.unodc.rt.domain.account.Role.SECRETARIAT_NAME;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnSummary;
import org.unodc.rt.domain.returns.VersionComparison;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.persistence.ReturnReadModel;

/**
 * Reads returns: one return for whoever may see it (the State's focal points, the secretariat), and the lists and
 * figures of the review queue, the dashboards, a cycle's page and the public home page.
 */
@Stateless
@AuditRefusals
// Every role that may read a return; which return, and what more, ReturnAccess decides. Methods narrow it.
@RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME, FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
public class ReturnQueries {

    /** One cycle's progress as the public sees it: how many States of each regional group have reported. */
    public record PublicProgress(String title, LocalDate deadline, CycleStatus status, Completeness completeness) {}

    @Inject
    CallerReturns reach;

    @Inject
    ReturnReadModel readModel;

    @Inject
    CycleService cycleService;

    @Inject
    Cycles cycles;

    @Inject
    MemberStates states;

    public ReturnView getReturn(@NotNull Long returnId) {
        return reach.view(reach.readable(returnId, "RETURN_READ"));
    }

    public VersionComparison compare(@NotNull Long returnId, int from, int to) {
        return reach.readable(returnId, "RETURN_COMPARE").compare(from, to);
    }

    /** The review queue: returns of a cycle (or all), filtered by status and regional group. */
    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME})
    public List<ReturnSummary> queue(Long cycleId, ReturnStatus status, RegionalGroup group) {
        return inReaderLanguage(readModel.queue(cycleId, status, group));
    }

    /** A focal point's dashboard: every cycle published to States, with the State's return in it, if started. */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
    public List<ReturnSummary> myDashboard() {
        return inReaderLanguage(readModel.dashboardOf(reach.myState()));
    }

    /** Each line with its cycle's title as the caller reads it: the secretariat's translation, else the original. */
    private List<ReturnSummary> inReaderLanguage(List<ReturnSummary> lines) {
        UnLanguage reader = reach.readerLanguage();
        Map<Long, String> titles = new HashMap<>();
        return lines.stream()
                .map(line -> line.withCycleTitle(titles.computeIfAbsent(line.cycleId(), id -> cycles.find(id)
                        .map(cycle -> cycle.titleIn(reader).text())
                        .orElse(line.cycleTitle()))))
                .toList();
    }

    /** Whether the caller's State requires a second focal point to clear each return. */
    @RolesAllowed({FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
    public boolean myStateRequiresClearance() {
        return states.find(reach.myState()).map(MemberState::requiresClearance).orElse(false);
    }

    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME})
    public Completeness completeness(@NotNull Long cycleId) {
        return readModel.completeness(cycleService.getCycle(cycleId).id());
    }

    /**
     * Aggregated progress of the cycles open or closed (never a draft), newest deadline first: counts per regional
     * group only, nothing about any one State's return.
     */
    @PermitAll
    public List<PublicProgress> publicProgress(int count) {
        return cycles.allButDrafts().stream()
                .filter(c -> c.status() == CycleStatus.OPEN || c.status() == CycleStatus.CLOSED)
                .limit(count)
                .map(c -> new PublicProgress(c.title(), c.deadline(), c.status(), readModel.completeness(c.id())))
                .toList();
    }

    /** States × questions: the implementation status each State reported in its latest submitted version. */
    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME})
    public StatusMatrix matrix(@NotNull Long cycleId) {
        ReportingCycle cycle = cycleService.getCycle(cycleId);
        return StatusMatrix.of(cycle.questions(), readModel.latestStatuses(cycleId));
    }

    /**
     * The audit trail of one return: who changed which answer when, who submitted, cleared and reviewed it. For the
     * secretariat, and for the State's focal points on their own return.
     */
    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME, FOCAL_POINT_NAME})
    public List<AuditEvent> history(@NotNull Long returnId) {
        reach.history(returnId);
        return readModel.trailOf(returnId);
    }
}
