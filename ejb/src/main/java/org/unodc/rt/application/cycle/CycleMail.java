package org.unodc.rt.application.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.infrastructure.mail.Mailer;

/** The e-mails of a reporting cycle: the opening notice to every focal point, and reminders. */
@ApplicationScoped
public class CycleMail {

    private static final Logger LOG = Logger.getLogger(CycleMail.class.getName());

    @Inject
    Mailer mailer;

    /** Runs once the opening has committed, so nobody is told of a cycle that did not open. */
    public void cycleOpened(@Observes(during = TransactionPhase.AFTER_SUCCESS) CycleOpened event) {
        int sent = 0;
        for (FocalPoint recipient : event.recipients()) {
            if (mailer.send(
                    recipient.email(),
                    "Reporting cycle open: " + event.title(),
                    "Dear " + recipient.displayName() + ",\n\n"
                            + "The secretariat has opened the reporting cycle \"" + event.title()
                            + "\" for session " + event.sessionOrdinal()
                            + " of the Commission on Crime Prevention and Criminal Justice.\n"
                            + "Please submit your State's return by " + event.deadline() + " (Vienna time).\n\n"
                            + "Sign in to Resolution Tracker to fill in the return.\n")) {
                sent++;
            }
        }
        int total = sent;
        LOG.info(() -> "Cycle " + event.cycleId() + " opened: " + total + " of "
                + event.recipients().size() + " focal points notified");
    }

    /** Reminds the focal points of one State; returns how many messages went out. */
    public int remind(List<FocalPoint> focalPoints, String title, LocalDate deadline, int daysBefore) {
        String when = daysBefore > 0
                ? "is due in " + daysBefore + " days, on " + deadline
                : daysBefore == 0 ? "is due today, " + deadline : "was due on " + deadline;
        int sent = 0;
        for (FocalPoint recipient : focalPoints) {
            if (mailer.send(
                    recipient.email(),
                    "Reminder: " + title,
                    "Dear " + recipient.displayName() + ",\n\nYour State's return in the reporting cycle \"" + title
                            + "\" " + when + " (Vienna time) and has not been submitted yet.\n")) {
                sent++;
            }
        }
        return sent;
    }
}
