package org.unodc.rt.application.progress;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.unodc.rt.application.DemoMode;
import org.unodc.rt.application.DemoTranslations;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.Publication;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.session.Sessions;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;

/**
 * Demo mode: an earlier, closed reporting cycle for the thirty-fourth session on the same resolutions as the open
 * one, with accepted returns from about a third of the Member States, so that the progress map and the trends across
 * cycles have something to show. The answers are invented (the pages say so in demo mode). Created once, after the
 * open cycle: skipped when a cycle for the thirty-fourth session exists.
 */
@Singleton
@Startup
@DependsOn("ReturnsDemoData")
public class EarlierCycleDemoData {

    private static final Logger LOG = Logger.getLogger(EarlierCycleDemoData.class.getName());

    /** Invented for the demonstration, in English whatever the State: it says so itself. */
    static final String NARRATIVE = "Demo answer, invented for the demonstration of the platform.";

    private static final List<ImplementationStatus> STATUSES = List.of(
            ImplementationStatus.IMPLEMENTED,
            ImplementationStatus.PARTIALLY_IMPLEMENTED,
            ImplementationStatus.IN_PROGRESS,
            ImplementationStatus.NOT_STARTED,
            ImplementationStatus.PARTIALLY_IMPLEMENTED,
            ImplementationStatus.IN_PROGRESS,
            ImplementationStatus.NOT_APPLICABLE);

    @Inject
    Sessions sessions;

    @Inject
    Cycles cycles;

    @Inject
    Resolutions resolutions;

    @Inject
    Returns returns;

    @Inject
    MemberStates states;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (!DemoMode.enabled()
                || cycles.all().stream().anyMatch(c -> c.session().ordinal() == 34)) {
            return;
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ReportingCycle.VIENNA);
        ReportingCycle cycle = new ReportingCycle(
                sessions.findByOrdinal(34).orElseThrow(),
                "Implementation of the resolutions on organized crime: reports for the thirty-fourth session",
                today.minusDays(420),
                today.minusDays(360),
                days(now, 430));
        resolutions.all().stream()
                .map(summary -> resolutions.find(summary.id()).orElseThrow())
                .filter(resolution -> !resolution.paragraphsForMemberStates().isEmpty())
                .forEach(cycle::cover);
        if (cycle.questions().isEmpty()) {
            return;
        }
        DemoTranslations.translate(cycle);
        cycle.publish(days(now, 425));
        cycle.open(days(now, 420));
        cycles.store(cycle);
        int accepted = 0;
        List<MemberState> all = states.all();
        for (int i = 0; i < all.size(); i += 3) {
            MemberState state = all.get(i);
            ImplementationReturn aReturn = new ImplementationReturn(cycle, state.iso3(), "demo", days(now, 400));
            returns.add(aReturn);
            aReturn.saveDraft(answers(cycle, i), "demo", days(now, 390));
            aReturn.submit(
                    true,
                    new Publication(true, i % 2 == 0),
                    "demo",
                    Clock.fixed(days(now, 370 - i % 20), ZoneOffset.UTC));
            aReturn.accept("secretariat", days(now, 340));
            accepted++;
        }
        cycle.close(days(now, 330));
        int count = accepted;
        LOG.info(() -> "Demo mode: a closed cycle for session 34 with " + count + " accepted returns");
    }

    /** One State's answers, varied by its place in the list and the paragraph, somewhat behind the open cycle. */
    private static Map<Question, AnswerContent> answers(ReportingCycle cycle, int seed) {
        Map<Question, AnswerContent> answers = new LinkedHashMap<>();
        for (Question question : cycle.questions()) {
            ImplementationStatus status = STATUSES.get((seed + 2 * question.position()) % STATUSES.size());
            answers.put(question, new AnswerContent(status, NARRATIVE, null, null));
        }
        return answers;
    }

    private static Instant days(Instant now, int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
