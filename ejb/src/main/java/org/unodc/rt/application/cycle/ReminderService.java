package org.unodc.rt.application.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ReturnStatus;

/**
 * Sends the reminders each open cycle's schedule calls for, to the States that have not submitted. Runs every morning
 * (Vienna time); the secretariat can also run the check at once.
 */
@Stateless
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CycleMail mail;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @Schedule(hour = "6", minute = "0", timezone = "Europe/Vienna", persistent = false)
    @PermitAll
    void daily() {
        int sent = sendDue("system");
        LOG.info(() -> "Daily reminder check: " + sent + " reminders sent");
    }

    /** Runs the daily check now; returns how many States were reminded. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public int sendDueReminders() {
        return sendDue(caller.name());
    }

    private int sendDue(String actor) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ReportingCycle.VIENNA);
        List<ReportingCycle> open = em.createQuery(
                        "select c from ReportingCycle c where c.status = :open", ReportingCycle.class)
                .setParameter("open", CycleStatus.OPEN)
                .getResultList();
        Map<String, List<CycleOpened.Recipient>> focalPoints = em
                .createQuery(
                        "select u from UserAccount u join fetch u.state where u.role = :fp and u.enabled = true"
                                + " order by u.username",
                        UserAccount.class)
                .setParameter("fp", Role.FOCAL_POINT)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        u -> u.state().iso3(),
                        TreeMap::new,
                        Collectors.mapping(
                                u -> new CycleOpened.Recipient(u.email(), u.displayName()), Collectors.toList())));
        int reminded = 0;
        for (ReportingCycle cycle : open) {
            Set<String> submitted = em.createQuery(
                            "select r.stateIso3 from ImplementationReturn r where r.cycle = :c and r.status <> :draft",
                            String.class)
                    .setParameter("c", cycle)
                    .setParameter("draft", ReturnStatus.DRAFT)
                    .getResultStream()
                    .collect(Collectors.toSet());
            for (String iso3 : focalPoints.keySet()) {
                if (submitted.contains(iso3)) {
                    continue;
                }
                Optional<Integer> due = cycle.reminderDue(iso3, today);
                if (due.isPresent()) {
                    int messages =
                            mail.remind(focalPoints.get(iso3), cycle.title(), cycle.deadlineFor(iso3), due.get());
                    cycle.reminderSent(iso3, due.get(), now);
                    audit.done(
                            actor,
                            "REMINDER_SENT",
                            "ReportingCycle",
                            String.valueOf(cycle.id()),
                            iso3 + ", " + due.get() + " days before the deadline, " + messages + " messages");
                    reminded++;
                }
            }
        }
        return reminded;
    }
}
