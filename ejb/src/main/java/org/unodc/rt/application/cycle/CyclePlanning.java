package org.unodc.rt.application.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReminderSchedule;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.Sessions;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The secretariat sets up a reporting cycle: the session, the resolutions it covers (those whose reporting mandates
 * fall on the session are proposed), the questionnaire while it is a draft, the dates and the reminders.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class CyclePlanning {

    /** A question the secretariat writes itself, in a resolution's section (id) or among the general ones (null). */
    public record NewQuestion(Long resolutionId, @NotBlank String text, String guidance, boolean mandatory) {}

    @Inject
    Cycles cycles;

    @Inject
    Sessions sessions;

    @Inject
    Resolutions resolutions;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    public CycleView create(
            int sessionOrdinal,
            @NotBlank String title,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            List<Integer> reminderDays,
            List<Long> resolutionIds,
            List<NewQuestion> questions) {
        ReportingCycle cycle =
                new ReportingCycle(getSession(sessionOrdinal), title, opensOn, deadline, Instant.now(clock));
        if (reminderDays != null) {
            cycle.remindOn(new ReminderSchedule(reminderDays));
        }
        for (Long id : resolutionIds == null ? List.<Long>of() : resolutionIds) {
            cycle.cover(getResolution(id));
        }
        for (NewQuestion q : questions == null ? List.<NewQuestion>of() : questions) {
            add(cycle, q);
        }
        cycles.store(cycle);
        events.fire(new CycleEvent.Created(
                cycle.id(), sessionOrdinal, cycle.questions().size(), deadline));
        return CycleView.of(cycle);
    }

    /** Resolutions whose reporting mandates fall on the session: proposed when a cycle for it is set up. */
    public List<CycleView.ResolutionRef> proposedResolutions(int sessionOrdinal) {
        return resolutions.mandatedFor(sessionOrdinal).stream()
                .map(CycleView.ResolutionRef::of)
                .toList();
    }

    public List<CycleView.ResolutionRef> allResolutions() {
        return resolutions.all().stream().map(CycleView.ResolutionRef::of).toList();
    }

    public CycleView cover(@NotNull Long cycleId, @NotNull Long resolutionId) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        int generated = cycle.cover(getResolution(resolutionId)).size();
        return changed(cycle, new CycleEvent.ResolutionCovered(cycle.id(), resolutionId, generated));
    }

    public CycleView addQuestion(@NotNull Long cycleId, @NotNull NewQuestion q) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        add(cycle, q);
        return changed(cycle, new CycleEvent.QuestionAdded(cycle.id(), q.text()));
    }

    /** Rewords a question, sets its guidance and whether it must be answered. */
    public CycleView editQuestion(
            @NotNull Long cycleId,
            @NotNull Long questionId,
            @NotBlank String text,
            String guidance,
            boolean mandatory) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        Question question = cycle.question(questionId);
        cycle.rewordQuestion(question, text);
        cycle.guideQuestion(question, guidance);
        cycle.markMandatory(question, mandatory);
        return changed(cycle, new CycleEvent.QuestionEdited(cycle.id(), question.label(), mandatory, text));
    }

    /** Words a question and its guidance in one more language; a blank text removes that language's wording. */
    public CycleView translateQuestion(
            @NotNull Long cycleId,
            @NotNull Long questionId,
            @NotNull UnLanguage language,
            String text,
            String guidance) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        Question question = cycle.question(questionId);
        cycle.translateQuestion(question, language, text, guidance);
        return changed(cycle, new CycleEvent.QuestionTranslated(cycle.id(), question.label(), language.code(), text));
    }

    /** The cycle's title in one more language; a blank title removes that language's. */
    public CycleView translateTitle(@NotNull Long cycleId, @NotNull UnLanguage language, String title) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        cycle.translateTitle(language, title);
        return changed(cycle, new CycleEvent.TitleTranslated(cycle.id(), language.code(), title));
    }

    public CycleView removeQuestion(@NotNull Long cycleId, @NotNull Long questionId) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        Question question = cycle.question(questionId);
        String label = question.label();
        cycle.removeQuestion(question);
        return changed(cycle, new CycleEvent.QuestionRemoved(cycle.id(), label));
    }

    public CycleView schedule(
            @NotNull Long cycleId,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate deadline,
            List<Integer> reminderDays) {
        ReportingCycle cycle = CycleService.get(cycles, cycleId);
        cycle.reschedule(opensOn, deadline);
        cycle.remindOn(new ReminderSchedule(reminderDays));
        return changed(
                cycle,
                new CycleEvent.Scheduled(
                        cycle.id(), opensOn, deadline, cycle.reminderSchedule().asText()));
    }

    private void add(ReportingCycle cycle, NewQuestion q) {
        Question question = cycle.addQuestion(
                q.resolutionId() == null ? null : getResolution(q.resolutionId()), q.text(), q.mandatory());
        cycle.guideQuestion(question, q.guidance());
    }

    private CycleView changed(ReportingCycle cycle, CycleEvent event) {
        cycles.store(cycle);
        events.fire(event);
        return CycleView.of(cycle);
    }

    private CommissionSession getSession(int ordinal) {
        return sessions.findByOrdinal(ordinal)
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("cycle.sessionNotFound", String.valueOf(ordinal))));
    }

    private Resolution getResolution(Long id) {
        return resolutions
                .find(id)
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("cycle.resolutionNotFound", String.valueOf(id))));
    }
}
