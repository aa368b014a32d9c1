package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.domain.returns.ReportedStatus;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnSummary;
import org.unodc.rt.domain.state.RegionalGroup;

/**
 * Returns as lists and figures show them, read as projections ({@code select new}) rather than entities: the review
 * queue, a focal point's dashboard, a cycle's completeness and status matrix, a return's audit trail.
 */
@ApplicationScoped
public class ReturnReadModel {

    /** A line per return (or per cycle, on the dashboard): the State's own deadline is the extended one, if any. */
    private static final String SUMMARY = "select new org.unodc.rt.domain.returns.ReturnSummary(r.id, c.id, c.title,"
            + " c.status, s.iso3, s.nameEn, s.regionalGroup, r.status, coalesce(e.extendedTo, c.deadline), r.onTime,"
            + " r.lastSubmittedAt, size(r.versions))";

    @PersistenceContext
    EntityManager em;

    /** The review queue: returns of a cycle (or all), filtered by status and regional group, oldest submission first. */
    public List<ReturnSummary> queue(Long cycleId, ReturnStatus status, RegionalGroup group) {
        return em.createQuery(
                        SUMMARY + " from ImplementationReturn r join r.cycle c"
                                + " left join c.extensions e on e.iso3 = r.stateIso3"
                                + " join MemberState s on s.iso3 = r.stateIso3"
                                + " where (:cycle is null or c.id = :cycle) and (:status is null or r.status = :status)"
                                + " and (:group is null or s.regionalGroup = :group)"
                                + " order by r.lastSubmittedAt, s.nameEn",
                        ReturnSummary.class)
                .setParameter("cycle", cycleId)
                .setParameter("status", status)
                .setParameter("group", group)
                .getResultList();
    }

    /** Every cycle published to the States, the latest deadline first, with the State's return in it if started. */
    public List<ReturnSummary> dashboardOf(String iso3) {
        return em.createQuery(
                        SUMMARY + " from ReportingCycle c join MemberState s on s.iso3 = :s"
                                + " left join ImplementationReturn r on r.cycle = c and r.stateIso3 = :s"
                                + " left join c.extensions e on e.iso3 = :s"
                                + " where c.status <> :draft order by c.deadline desc, c.id desc",
                        ReturnSummary.class)
                .setParameter("s", iso3)
                .setParameter("draft", CycleStatus.DRAFT)
                .getResultList();
    }

    /** How many States of each regional group have reported to the cycle, and how many on time. */
    public Completeness completeness(Long cycleId) {
        Map<String, RegionalGroup> expected = new LinkedHashMap<>();
        em.createQuery("select s.iso3, s.regionalGroup from MemberState s order by s.iso3", Object[].class)
                .getResultList()
                .forEach(row -> expected.put((String) row[0], (RegionalGroup) row[1]));
        List<Completeness.StateReturnLine> lines = em.createQuery(
                        "select new org.unodc.rt.domain.returns.Completeness$StateReturnLine(r.stateIso3, r.status,"
                                + " r.onTime) from ImplementationReturn r where r.cycle.id = :c",
                        Completeness.StateReturnLine.class)
                .setParameter("c", cycleId)
                .getResultList();
        return Completeness.of(expected, lines);
    }

    /**
     * The status each State reported on each question in the latest version it submitted to the cycle, by English
     * name of the State and question position; drafts never submitted are left out.
     */
    public List<ReportedStatus> latestStatuses(Long cycleId) {
        return em.createQuery(
                        "select new org.unodc.rt.domain.returns.ReportedStatus(s.iso3, s.nameEn, s.regionalGroup,"
                                + " a.questionPosition, a.status)"
                                + " from ReturnVersion v join v.answers a join v.implementationReturn r"
                                + " join MemberState s on s.iso3 = r.stateIso3"
                                + " where r.cycle.id = :c and r.status <> :draft and v.number ="
                                + " (select max(w.number) from ReturnVersion w where w.implementationReturn = r)"
                                + " order by s.nameEn, s.iso3, a.questionPosition",
                        ReportedStatus.class)
                .setParameter("c", cycleId)
                .setParameter("draft", ReturnStatus.DRAFT)
                .getResultList();
    }

    /** Who did what to a return, refused attempts included, in the order it happened. */
    public List<AuditEvent> trailOf(Long returnId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.targetType = :t and e.targetId = :id"
                                + " order by e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("t", ReturnEvent.TARGET_TYPE)
                .setParameter("id", String.valueOf(returnId))
                .getResultList();
    }
}
