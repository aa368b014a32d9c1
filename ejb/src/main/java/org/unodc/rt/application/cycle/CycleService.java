package org.unodc.rt.application.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReminderSchedule;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.session.CommissionSession;

/** The secretariat sets up, publishes, opens and closes reporting cycles; everybody signed in reads them. */
@Stateless
public class CycleService {

    /** A question the secretariat writes itself, in a resolution's section (id) or among the general ones (null). */
    public record NewQuestion(Long resolutionId, @NotBlank String text, String guidance, boolean mandatory) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<CycleOpened> opened;

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView create(
            int sessionOrdinal,
            @NotBlank String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            List<Integer> reminderDays,
            List<Long> resolutionIds,
            List<NewQuestion> questions) {
        CommissionSession session = getSession(sessionOrdinal);
        ReportingCycle cycle = new ReportingCycle(session, title, opensOn, deadline, Instant.now(clock));
        if (reminderDays != null) {
            cycle.remindOn(new ReminderSchedule(reminderDays));
        }
        for (Long id : resolutionIds == null ? List.<Long>of() : resolutionIds) {
            cycle.cover(getResolution(id));
        }
        for (NewQuestion q : questions == null ? List.<NewQuestion>of() : questions) {
            Question question = cycle.addQuestion(
                    q.resolutionId() == null ? null : getResolution(q.resolutionId()), q.text(), q.mandatory());
            cycle.guideQuestion(question, q.guidance());
        }
        em.persist(cycle);
        em.flush();
        audit.done(
                caller.name(),
                "CYCLE_CREATED",
                "ReportingCycle",
                String.valueOf(cycle.id()),
                "session " + sessionOrdinal + ", " + cycle.questions().size() + " questions, deadline " + deadline);
        return CycleView.of(cycle);
    }

    /** Resolutions whose reporting mandates fall on the session: proposed when a cycle for it is set up. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<CycleView.ResolutionRef> proposedResolutions(int sessionOrdinal) {
        return em
                .createQuery(
                        "select distinct m.resolution from ReportingMandate m where m.reportTo = 'CCPCJ'"
                                + " and m.sessionOrdinal = :o",
                        Resolution.class)
                .setParameter("o", sessionOrdinal)
                .getResultList()
                .stream()
                .map(CycleView.ResolutionRef::of)
                .toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<CycleView.ResolutionRef> allResolutions() {
        return em.createQuery("select r from Resolution r order by r.id", Resolution.class).getResultList().stream()
                .map(CycleView.ResolutionRef::of)
                .toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView cover(@NotNull Long cycleId, @NotNull Long resolutionId) {
        ReportingCycle cycle = getCycle(cycleId);
        int generated = cycle.cover(getResolution(resolutionId)).size();
        return changed(
                cycle, "CYCLE_RESOLUTION_COVERED", "resolution " + resolutionId + ", " + generated + " questions");
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView addQuestion(@NotNull Long cycleId, @NotNull NewQuestion q) {
        ReportingCycle cycle = getCycle(cycleId);
        Question question = cycle.addQuestion(
                q.resolutionId() == null ? null : getResolution(q.resolutionId()), q.text(), q.mandatory());
        cycle.guideQuestion(question, q.guidance());
        return changed(cycle, "CYCLE_QUESTION_ADDED", q.text());
    }

    /** Rewords a question, sets its guidance and whether it must be answered. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView editQuestion(
            @NotNull Long cycleId,
            @NotNull Long questionId,
            @NotBlank String text,
            String guidance,
            boolean mandatory) {
        ReportingCycle cycle = getCycle(cycleId);
        Question question = cycle.question(questionId);
        cycle.rewordQuestion(question, text);
        cycle.guideQuestion(question, guidance);
        cycle.markMandatory(question, mandatory);
        return changed(
                cycle, "CYCLE_QUESTION_EDITED", question.label() + (mandatory ? ", mandatory" : "") + ": " + text);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView removeQuestion(@NotNull Long cycleId, @NotNull Long questionId) {
        ReportingCycle cycle = getCycle(cycleId);
        Question question = cycle.question(questionId);
        String label = question.label();
        cycle.removeQuestion(question);
        return changed(cycle, "CYCLE_QUESTION_REMOVED", label);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView schedule(
            @NotNull Long cycleId,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            List<Integer> reminderDays) {
        ReportingCycle cycle = getCycle(cycleId);
        cycle.reschedule(opensOn, deadline);
        cycle.remindOn(new ReminderSchedule(reminderDays));
        return changed(
                cycle,
                "CYCLE_SCHEDULED",
                "opens " + opensOn + ", deadline " + deadline + ", reminders "
                        + cycle.reminderSchedule().asText());
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView publish(@NotNull Long cycleId) {
        ReportingCycle cycle = getCycle(cycleId);
        cycle.publish(Instant.now(clock));
        return changed(cycle, "CYCLE_PUBLISHED", cycle.questions().size() + " questions frozen");
    }

    /** Opens the cycle; every State's focal points are told by e-mail once this commits. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView open(@NotNull Long cycleId) {
        ReportingCycle cycle = getCycle(cycleId);
        cycle.open(Instant.now(clock));
        CycleView view = changed(cycle, "CYCLE_OPENED", null);
        List<CycleOpened.Recipient> recipients = em
                .createQuery(
                        "select u from UserAccount u where u.role = :fp and u.enabled = true order by u.username",
                        UserAccount.class)
                .setParameter("fp", Role.FOCAL_POINT)
                .getResultList()
                .stream()
                .map(u -> new CycleOpened.Recipient(u.email(), u.displayName()))
                .toList();
        opened.fire(
                new CycleOpened(cycle.id(), cycle.title(), cycle.session().ordinal(), cycle.deadline(), recipients));
        return view;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView close(@NotNull Long cycleId) {
        ReportingCycle cycle = getCycle(cycleId);
        cycle.close(Instant.now(clock));
        return changed(cycle, "CYCLE_CLOSED", null);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CycleView extendDeadline(@NotNull Long cycleId, @NotBlank String iso3, @NotNull LocalDate extendedTo) {
        ReportingCycle cycle = getCycle(cycleId);
        String state = iso3.strip().toUpperCase(java.util.Locale.ROOT);
        if (em.find(org.unodc.rt.domain.state.MemberState.class, state) == null) {
            throw new NotFoundException(Explanation.of("cycle.stateNotFound", iso3));
        }
        cycle.extendDeadlineFor(state, extendedTo);
        return changed(cycle, "DEADLINE_EXTENDED", state + " until " + extendedTo);
    }

    /** Staff see every cycle; focal points only those published to them. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public List<CycleView> list() {
        String jpql = caller.isStaff()
                ? "select c from ReportingCycle c order by c.deadline desc, c.id desc"
                : "select c from ReportingCycle c where c.status <> :draft order by c.deadline desc, c.id desc";
        var query = em.createQuery(jpql, ReportingCycle.class);
        if (!caller.isStaff()) {
            query.setParameter("draft", CycleStatus.DRAFT);
        }
        return query.getResultList().stream().map(CycleView::of).toList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public CycleView questionnaire(@NotNull Long cycleId) {
        return CycleView.of(getVisibleCycle(cycleId));
    }

    /** A cycle the caller may see: a draft is the secretariat's business only. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public ReportingCycle getVisibleCycle(Long cycleId) {
        ReportingCycle cycle = getCycle(cycleId);
        if (cycle.status() == CycleStatus.DRAFT && !caller.isStaff()) {
            throw new NotFoundException(Explanation.of("cycle.notFound", String.valueOf(cycleId)));
        }
        return cycle;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public ReportingCycle getCycle(Long cycleId) {
        ReportingCycle cycle = em.find(ReportingCycle.class, cycleId);
        if (cycle == null) {
            throw new NotFoundException(Explanation.of("cycle.notFound", String.valueOf(cycleId)));
        }
        return cycle;
    }

    private CycleView changed(ReportingCycle cycle, String action, String detail) {
        em.flush();
        audit.done(caller.name(), action, "ReportingCycle", String.valueOf(cycle.id()), detail);
        return CycleView.of(cycle);
    }

    private CommissionSession getSession(int ordinal) {
        return em.createQuery("select s from CommissionSession s where s.ordinal = :o", CommissionSession.class)
                .setParameter("o", ordinal)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("cycle.sessionNotFound", String.valueOf(ordinal))));
    }

    private Resolution getResolution(Long id) {
        Resolution resolution = em.find(Resolution.class, id);
        if (resolution == null) {
            throw new NotFoundException(Explanation.of("cycle.resolutionNotFound", String.valueOf(id)));
        }
        return resolution;
    }
}
