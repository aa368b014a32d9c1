package org.unodc.rt.application.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.infrastructure.cluster.OncePerCluster;

/**
 * Sends the reminders each open cycle's schedule calls for, to the States that have not submitted. Runs every morning
 * (Vienna time, see {@link ReminderTimer}); the secretariat can also run the check at once.
 */
@Stateless
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    Cycles cycles;

    @Inject
    FocalPoints focalPoints;

    @Inject
    Returns returns;

    @Inject
    CycleMail mail;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    @Inject
    OncePerCluster oncePerCluster;

    /**
     * The daily check, at the time {@link ReminderTimer} sets: on one server of a cluster only, whichever claims the
     * day first; the others (and a second start the same day) do nothing.
     */
    @PermitAll
    public void daily() {
        oncePerCluster
                .doToday("daily-reminders", () -> sendDue(true))
                .ifPresent(sent -> LOG.info(() -> "Daily reminder check: " + sent + " reminders sent"));
    }

    /** Runs the daily check now; returns how many States were reminded. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public int sendDueReminders() {
        return sendDue(false);
    }

    private int sendDue(boolean daily) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ReportingCycle.VIENNA);
        Map<String, List<FocalPoint>> byState = focalPoints.active().stream()
                .filter(f -> f.stateIso3() != null)
                .collect(Collectors.groupingBy(FocalPoint::stateIso3, TreeMap::new, Collectors.toList()));
        int reminded = 0;
        for (ReportingCycle cycle : cycles.open()) {
            Set<String> submitted = returns.statesThatSubmitted(cycle);
            for (Map.Entry<String, List<FocalPoint>> state : byState.entrySet()) {
                String iso3 = state.getKey();
                Optional<Integer> due = submitted.contains(iso3) ? Optional.empty() : cycle.reminderDue(iso3, today);
                if (due.isPresent()) {
                    // The focal points, observers and the contributors who answer questions of the return.
                    Set<String> contributors = returns.findOf(cycle.id(), iso3)
                            .map(ImplementationReturn::assignees)
                            .orElse(Set.of());
                    int messages = mail.remind(cycle, iso3, focalPoints.notifiedOf(iso3, contributors), due.get());
                    cycle.reminderSent(iso3, due.get(), now);
                    events.fire(new CycleEvent.ReminderSent(cycle.id(), iso3, due.get(), messages, daily));
                    reminded++;
                }
            }
        }
        return reminded;
    }
}
