package org.unodc.rt.application.cycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.unodc.rt.domain.cycle.ReportingCycle;

/**
 * Starts the daily reminder check every day at {@code rt.reminders.at} ({@code RT_REMINDERS_AT}), Vienna time, 06:00
 * unless set. Every server of a cluster has this timer; {@link ReminderService#daily} lets one of them do the work.
 */
@Singleton
@Startup
@PermitAll
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ReminderService reminders;

    @PostConstruct
    void schedule() {
        LocalTime at = at(System.getProperty("rt.reminders.at", System.getenv("RT_REMINDERS_AT")));
        timers.createCalendarTimer(
                new ScheduleExpression()
                        .hour(at.getHour())
                        .minute(at.getMinute())
                        .second(0)
                        .timezone(ReportingCycle.VIENNA.getId()),
                new TimerConfig("daily-reminders", false));
        LOG.info(() -> "Daily reminder check at " + at + " (Vienna time)");
    }

    @Timeout
    void fire() {
        reminders.daily();
    }

    /** The configured time of day ("06:00"); a value that is not one stops the deployment with what is wrong. */
    static LocalTime at(String configured) {
        if (configured == null || configured.isBlank()) {
            return LocalTime.of(6, 0);
        }
        try {
            return LocalTime.parse(configured.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "rt.reminders.at must be a time of day such as 06:00, not \"" + configured + "\"", e);
        }
    }
}
