package org.unodc.rt.application.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.unodc.rt.application.account.AccountLinks;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.MailTemplates;
import org.unodc.rt.infrastructure.mail.Mailer;
import org.unodc.rt.infrastructure.mail.Outbox;

/**
 * The e-mails of a reporting cycle, each in its recipient's language: the opening notice to every focal point, a
 * State's reminders and its deadline extensions (to its focal points, observers and the contributors of its return). The notices are composed in the transaction that caused them and
 * sent once it commits ({@link Outbox}); reminders are sent by the reminder run itself, which counts them.
 */
@ApplicationScoped
public class CycleMail {

    static final MailTemplates TEXTS = new MailTemplates("org.unodc.rt.application.cycle.mail");

    @Inject
    Mailer mailer;

    @Inject
    Event<Outbox.Letters> outbox;

    @Inject
    Cycles cycles;

    @Inject
    FocalPoints focalPoints;

    @Inject
    MemberStates states;

    @Inject
    Returns returns;

    public void cycleOpened(@Observes CycleOpened event) {
        outbox.fire(new Outbox.Letters(
                "Cycle " + event.cycleId() + " opened",
                event.recipients().stream()
                        .map(r -> new Letter(r.email(), opened(event, r)))
                        .toList()));
    }

    public void deadlineExtended(@Observes CycleEvent.DeadlineExtended event) {
        ReportingCycle cycle = CycleService.get(cycles, event.cycleId());
        outbox.fire(new Outbox.Letters(
                "Deadline of " + event.iso3() + " in cycle " + event.cycleId() + " extended",
                focalPoints
                        .notifiedOf(
                                event.iso3(),
                                returns.findOf(event.cycleId(), event.iso3())
                                        .map(ImplementationReturn::assignees)
                                        .orElse(Set.of()))
                        .stream()
                        .map(r -> new Letter(r.email(), extended(cycle, event.iso3(), event.extendedTo(), r)))
                        .toList()));
    }

    /** Reminds the focal points of one State; returns how many messages went out. */
    public int remind(ReportingCycle cycle, String iso3, List<FocalPoint> recipients, int daysBefore) {
        int sent = 0;
        for (FocalPoint recipient : recipients) {
            if (mailer.send(new Letter(recipient.email(), reminder(cycle, iso3, daysBefore, recipient)))) {
                sent++;
            }
        }
        return sent;
    }

    static MailMessage opened(CycleOpened event, FocalPoint to) {
        return TEXTS.compose(
                "opened",
                to.language(),
                to.zone(),
                to.displayName(),
                event.titleFor(to.language()),
                event.sessionOrdinal(),
                event.deadline(),
                new MailTemplates.Link(AccountLinks.returnPage(event.cycleId())));
    }

    MailMessage extended(ReportingCycle cycle, String iso3, LocalDate extendedTo, FocalPoint to) {
        return TEXTS.compose(
                "extended",
                to.language(),
                to.zone(),
                to.displayName(),
                cycle.titleFor(to.language()),
                states.nameOf(iso3, UnLanguage.orEnglish(to.language())),
                extendedTo,
                new MailTemplates.Link(AccountLinks.returnPage(cycle.id())));
    }

    /** Before the deadline, on the day, or after it: {@code daysBefore} is negative once it has passed. */
    MailMessage reminder(ReportingCycle cycle, String iso3, int daysBefore, FocalPoint to) {
        String key = daysBefore > 0 ? "reminder.upcoming" : daysBefore == 0 ? "reminder.today" : "reminder.overdue";
        return TEXTS.compose(
                key,
                to.language(),
                to.zone(),
                to.displayName(),
                cycle.titleFor(to.language()),
                states.nameOf(iso3, UnLanguage.orEnglish(to.language())),
                cycle.deadlineFor(iso3),
                Math.abs(daysBefore),
                new MailTemplates.Link(AccountLinks.returnPage(cycle.id())));
    }
}
