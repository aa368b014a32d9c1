package org.unodc.rt.application.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryFocalPoints;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.MailChecks;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.cycle.CycleEvent;
import org.unodc.rt.domain.cycle.CycleFixtures;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.Mailer;
import org.unodc.rt.infrastructure.mail.Outbox;

/** The opening notice, the reminders and the extension notice, in each of the six languages. */
class CycleMailTest {

    private static final FocalPoint PERU =
            new FocalPoint("PER", "fp.peru@example.org", "María Quispe", "es", "America/Lima");
    private static final FocalPoint EGYPT =
            new FocalPoint("EGY", "fp.egypt@example.org", "منى حسن", "ar", "Africa/Cairo");
    private static final FocalPoint EGYPT_DEPUTY =
            new FocalPoint("EGY", "deputy.egypt@example.org", "Omar Farouk", "en", "UTC");

    private final InMemoryCycles cycles = new InMemoryCycles();
    private final RecordingEvent<Outbox.Letters> outbox = new RecordingEvent<>();
    private final List<Letter> sent = new ArrayList<>();
    private final CycleMail mail = new CycleMail();
    private ReportingCycle cycle;

    @BeforeEach
    void setUp() {
        cycle = CycleFixtures.draftCycle();
        cycles.store(cycle);
        InMemoryMemberStates states = InMemoryMemberStates.of("PER", "EGY");
        Entities.with(states.states.get("EGY"), "nameAr", "مصر");
        Entities.with(states.states.get("EGY"), "nameEn", "Egypt");
        Entities.with(states.states.get("PER"), "nameEs", "Perú");
        mail.cycles = cycles;
        mail.states = states;
        mail.focalPoints = InMemoryFocalPoints.of(PERU, EGYPT, EGYPT_DEPUTY);
        mail.outbox = outbox;
        mail.returns = new org.unodc.rt.application.InMemoryReturns();
        mail.mailer = new Mailer() {
            @Override
            public boolean send(Letter letter) {
                sent.add(letter);
                return true;
            }
        };
    }

    @Test
    void theOpeningIsComposedForEachFocalPointInTheirLanguageAndLeftToTheOutbox() {
        mail.cycleOpened(CycleOpened.of(cycle, List.of(PERU, EGYPT)));

        assertThat(outbox.fired).singleElement().satisfies(batch -> assertThat(batch.letters())
                .extracting(Letter::to, l -> l.message().language())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fp.peru@example.org", "es"),
                        org.assertj.core.groups.Tuple.tuple("fp.egypt@example.org", "ar")));
        MailMessage spanish = outbox.fired.get(0).letters().get(0).message();
        assertThat(spanish.subject())
                .isEqualTo("Apertura del ciclo de presentación de informes: Reporting for the 35th session");
        assertThat(spanish.text())
                .startsWith("Estimado/a María Quispe:")
                .contains("para el 35º período de sesiones")
                .contains("a más tardar el 31 de marzo de 2026 (hora de Viena)");
        assertThat(sent).isEmpty();
    }

    @Test
    void aFocalPointReadsTheCycleTitleInTheirLanguageWhereTheSecretariatTranslatedIt() {
        cycle.translateTitle(UnLanguage.ES, "Informes para el 35º período de sesiones");
        mail.cycleOpened(CycleOpened.of(cycle, List.of(PERU, EGYPT)));
        mail.remind(cycle, "PER", List.of(PERU), 3);

        List<Letter> opening = outbox.fired.get(0).letters();
        assertThat(opening.get(0).message().subject())
                .isEqualTo("Apertura del ciclo de presentación de informes: Informes para el 35º período de sesiones");
        assertThat(opening.get(1).message().text()).contains("Reporting for the 35th session");
        assertThat(sent.get(0).message().subject()).endsWith("\u2014 Informes para el 35º período de sesiones");
    }

    @Test
    void anExtensionTellsOnlyThatStatesFocalPointsWithTheNewDate() {
        mail.deadlineExtended(new CycleEvent.DeadlineExtended(cycle.id(), "EGY", LocalDate.of(2026, 4, 30)));

        List<Letter> letters = outbox.fired.get(0).letters();
        assertThat(letters).extracting(Letter::to).containsExactly("fp.egypt@example.org", "deputy.egypt@example.org");
        assertThat(letters.get(0).message().text())
                .contains("رد \u2068مصر\u2069")
                .contains("30");
        assertThat(letters.get(1).message().text())
                .contains("the return of Egypt in the reporting cycle")
                .contains("The new deadline is April 30, 2026 (Vienna time).");
    }

    @Test
    void remindersSayWhetherTheDeadlineIsComingIsTodayOrHasPassed() {
        assertThat(mail.remind(cycle, "PER", List.of(PERU), 3)).isEqualTo(1);
        mail.remind(cycle, "PER", List.of(PERU), 0);
        mail.remind(cycle, "PER", List.of(PERU), -2);

        assertThat(sent)
                .extracting(l -> l.message().subject())
                .containsExactly(
                        "Recordatorio: respuesta pendiente para el 31 de marzo de 2026 \u2014 Reporting for the 35th session",
                        "Recordatorio: la respuesta vence hoy \u2014 Reporting for the 35th session",
                        "Respuesta atrasada \u2014 Reporting for the 35th session");
        assertThat(sent.get(0).message().text())
                .contains("la respuesta de Perú")
                .contains("Días restantes: 3");
        assertThat(sent.get(2).message().text()).contains("Días de retraso: 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyCycleMailIsCompleteInEveryLanguage(String language) {
        FocalPoint reader = new FocalPoint("EGY", "x@example.org", "Reader", language, "Europe/Vienna");
        List<MailMessage> mails = Stream.of(
                        CycleMail.opened(CycleOpened.of(cycle, List.of(reader)), reader),
                        mail.extended(cycle, "EGY", LocalDate.of(2026, 4, 30), reader),
                        mail.reminder(cycle, "EGY", 3, reader),
                        mail.reminder(cycle, "EGY", 0, reader),
                        mail.reminder(cycle, "EGY", -1, reader))
                .toList();
        for (MailMessage m : mails) {
            MailChecks.complete(m, language, cycle.title(), "/focal/return.xhtml?cycle=" + cycle.id());
        }
    }
}
