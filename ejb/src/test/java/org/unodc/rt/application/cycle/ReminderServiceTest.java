package org.unodc.rt.application.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryFocalPoints;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.InMemoryReturns;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.ReminderSchedule;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.infrastructure.cluster.OncePerCluster;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.Mailer;

/** Reminders to the States that have not submitted, three days before the deadline, on cycles in memory. */
class ReminderServiceTest {

    private final InMemoryCycles cycles = new InMemoryCycles();
    private final InMemoryReturns returns = new InMemoryReturns();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final List<String> mailedTo = new ArrayList<>();
    private final ReminderService reminders = new ReminderService();
    private final Set<String> claimed = new HashSet<>();

    @BeforeEach
    void setUp() {
        ReportingCycle cycle = CycleFixtures.draftCycle();
        cycle.cover(CycleFixtures.preciousMetals());
        cycle.remindOn(new ReminderSchedule(List.of(3)));
        cycle.publish(CycleFixtures.NOW);
        cycle.open(CycleFixtures.NOW);
        cycles.store(cycle);
        // France has sent its return (how is the return services' business).
        ImplementationReturn france = new ImplementationReturn(cycle, "FRA", "fp.france", CycleFixtures.NOW);
        returns.add(Entities.with(france, "status", ReturnStatus.SUBMITTED));
        CycleMail mail = new CycleMail();
        mail.mailer = new Mailer() {
            @Override
            public boolean send(Letter letter) {
                mailedTo.add(letter.to());
                return true;
            }
        };
        mail.states = InMemoryMemberStates.of("PER", "FRA");
        // One claim per job and day, as the database's scheduled_run table gives it to one server of a cluster.
        reminders.oncePerCluster = new OncePerCluster() {
            @Override
            public boolean claimToday(String job) {
                return claimed.add(job);
            }
        };
        reminders.cycles = cycles;
        reminders.returns = returns;
        reminders.mail = mail;
        reminders.events = events;
        reminders.focalPoints = InMemoryFocalPoints.of(
                new FocalPoint("PER", "fp.peru@example.org", "María Quispe", "es", "America/Lima"),
                new FocalPoint("PER", "deputy.peru@example.org", "Jorge Ramos", "en", "UTC"),
                new FocalPoint("FRA", "fp.france@example.org", "Claire Martin", "fr", "Europe/Paris"));
        // Three days before the deadline, in Vienna.
        reminders.clock = Clock.fixed(LocalDate.of(2026, 3, 28).atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void theFocalPointsOfAStateThatHasNotSubmittedAreRemindedOnce() {
        assertThat(reminders.sendDueReminders()).isEqualTo(1);
        assertThat(reminders.sendDueReminders()).isZero();

        assertThat(mailedTo).containsExactly("fp.peru@example.org", "deputy.peru@example.org");
        assertThat(events.fired).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("REMINDER_SENT");
            assertThat(e.detail()).isEqualTo("PER, 3 days before the deadline, 2 messages");
            assertThat(e.actor()).isEmpty();
        });
    }

    @Test
    void theDailyCheckRemindsInTheNameOfTheSystem() {
        reminders.daily();

        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e.actor())
                .isEqualTo(Optional.of("system")));
    }

    @Test
    void whenAnotherServerOfTheClusterHasClaimedTodaysRemindersThisOneSendsNone() {
        claimed.add("daily-reminders");

        reminders.daily();

        assertThat(mailedTo).isEmpty();
        assertThat(events.fired).isEmpty();
    }
}
