package org.unodc.rt.application.returns;

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
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.Sessions;

/**
 * Demo mode: an open reporting cycle for the thirty-fifth session (2026) on the resolutions in the catalogue, with
 * returns in every state of the lifecycle, written by focal points in their own languages. Created once: skipped
 * when any cycle exists.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ReturnsDemoData {

    private static final Logger LOG = Logger.getLogger(ReturnsDemoData.class.getName());

    /** What each demo State says, in its language: a narrative, the measures taken and the law it cites. */
    record Voice(String iso3, String user, String narrative, String measures, String legislation) {}

    static final Voice PERU = new Voice(
            "PER",
            "fp.peru",
            "El Perú tipifica la organización criminal en la Ley N.º 30077 y ha creado fiscalías especializadas.",
            "Capacitación de fiscales y jueces; cooperación con la UNODC en el programa regional.",
            "Ley N.º 30077, Ley contra el crimen organizado (2013)");
    static final Voice FRANCE = new Voice(
            "FRA",
            "fp.france",
            "La France réprime la participation à une association de malfaiteurs et a renforcé la saisie des avoirs.",
            "Création de l'Agence de gestion et de recouvrement des avoirs saisis et confisqués (AGRASC).",
            "Code pénal, article 450-1");
    static final Voice CHINA = new Voice(
            "CHN", "fp.china", "中国已颁布《反有组织犯罪法》，并加强了对有组织犯罪资产的追缴。", "开展专项行动，加强国际司法协助。", "《中华人民共和国反有组织犯罪法》（2021年）");
    static final Voice EGYPT = new Voice(
            "EGY",
            "fp.egypt",
            "تجرّم مصر المشاركة في جماعة إجرامية منظمة وتعمل على تعزيز التعاون الدولي في المسائل الجنائية.",
            "تدريب أعضاء النيابة العامة وإنشاء وحدة متخصصة.",
            "قانون مكافحة غسل الأموال رقم 80 لسنة 2002");
    static final Voice RUSSIA = new Voice(
            "RUS",
            "fp.russia",
            "Российская Федерация установила уголовную ответственность за организацию преступного сообщества.",
            "Повышение квалификации следователей, развитие международного сотрудничества.",
            "Уголовный кодекс Российской Федерации, статья 210");
    static final Voice SOUTH_AFRICA = new Voice(
            "ZAF",
            "fp.southafrica",
            "South Africa criminalizes racketeering and participation in criminal gangs and confiscates proceeds.",
            "A specialized Asset Forfeiture Unit in the National Prosecuting Authority; regional training.",
            "Prevention of Organised Crime Act 121 of 1998");

    @Inject
    Sessions sessions;

    @Inject
    Returns returns;

    @Inject
    Resolutions resolutions;

    @Inject
    Clock clock;

    @Inject
    Cycles cycles;

    @PostConstruct
    void load() {
        if (!DemoMode.enabled() || !cycles.all().isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ReportingCycle.VIENNA);
        CommissionSession session = sessions.findByOrdinal(35).orElseThrow();
        ReportingCycle cycle = new ReportingCycle(
                session,
                "Implementation of the resolutions on organized crime: reports for the thirty-fifth session",
                today.minusDays(40),
                today.plusDays(20),
                now.minus(Duration.ofDays(45)));
        resolutions.all().stream()
                .map(summary -> resolutions.find(summary.id()).orElseThrow())
                .filter(resolution -> !resolution.paragraphsForMemberStates().isEmpty())
                .forEach(cycle::cover);
        cycle.questions().stream().findFirst().ifPresent(q -> cycle.markMandatory(q, true));
        Question coordinator = cycle.addQuestion(
                null, "Which national authority coordinated this return, and which others contributed?", true);
        cycle.guideQuestion(coordinator, "Name the ministries and agencies, and a contact for follow-up.");
        cycle.addQuestion(
                null, "Which difficulties has your State met, and which technical assistance would help?", false);
        DemoTranslations.translate(cycle);
        cycle.publish(now.minus(Duration.ofDays(42)));
        cycle.open(now.minus(Duration.ofDays(40)));
        cycles.store(cycle);

        // Every state of the lifecycle: accepted, submitted, clarification requested, resubmitted, drafts.
        ImplementationReturn southAfrica = submitted(cycle, SOUTH_AFRICA, now, 30);
        southAfrica.accept("secretariat", at(now, 25));
        submitted(cycle, FRANCE, now, 12);
        ImplementationReturn peru = submitted(cycle, PERU, now, 20);
        peru.comment(
                1, "Please say which article of Ley N.º 30077 applies and since when.", "secretariat", at(now, 15));
        peru.requestClarification("secretariat", at(now, 15));
        ImplementationReturn china = submitted(cycle, CHINA, now, 22);
        china.comment(null, "Please add the measures taken since 2021.", "secretariat", at(now, 18));
        china.requestClarification("secretariat", at(now, 18));
        china.saveDraft(answers(cycle, CHINA, "（补充）2022年以来已开展三次专项行动。"), CHINA.user(), at(now, 10));
        china.submit(true, CHINA.user(), Clock.fixed(at(now, 9), ZoneOffset.UTC));
        ImplementationReturn russia = started(cycle, RUSSIA, now, 8);
        russia.saveDraft(answers(cycle, RUSSIA, ""), RUSSIA.user(), at(now, 7));
        ImplementationReturn egypt = started(cycle, EGYPT, now, 5);
        Question first = cycle.questions().get(0);
        egypt.saveDraft(
                Map.of(
                        first,
                        new AnswerContent(ImplementationStatus.IN_PROGRESS, EGYPT.narrative(), EGYPT.measures(), null)),
                EGYPT.user(),
                at(now, 4));
        // Egypt's contributor answers the question on the coordinating authority; the focal point answers the rest.
        egypt.assign(coordinator, "contrib.egypt");
        LOG.info(() -> "Demo mode: reporting cycle for session 35 with "
                + cycle.questions().size() + " questions and 6 returns created");
    }

    private ImplementationReturn started(ReportingCycle cycle, Voice voice, Instant now, int daysAgo) {
        ImplementationReturn aReturn = new ImplementationReturn(cycle, voice.iso3(), voice.user(), at(now, daysAgo));
        returns.add(aReturn);
        return aReturn;
    }

    private ImplementationReturn submitted(ReportingCycle cycle, Voice voice, Instant now, int daysAgo) {
        ImplementationReturn aReturn = started(cycle, voice, now, daysAgo + 3);
        aReturn.saveDraft(answers(cycle, voice, ""), voice.user(), at(now, daysAgo + 1));
        aReturn.submit(true, voice.user(), Clock.fixed(at(now, daysAgo), ZoneOffset.UTC));
        return aReturn;
    }

    private static Map<Question, AnswerContent> answers(ReportingCycle cycle, Voice voice, String addition) {
        Map<Question, AnswerContent> answers = new LinkedHashMap<>();
        List<ImplementationStatus> statuses = List.of(
                ImplementationStatus.IMPLEMENTED,
                ImplementationStatus.PARTIALLY_IMPLEMENTED,
                ImplementationStatus.IN_PROGRESS,
                ImplementationStatus.NOT_STARTED);
        for (Question question : cycle.questions()) {
            ImplementationStatus status =
                    statuses.get((question.position() + voice.iso3().charAt(0)) % statuses.size());
            answers.put(
                    question,
                    new AnswerContent(
                            status,
                            (voice.narrative() + " " + addition).strip(),
                            voice.measures(),
                            voice.legislation()));
        }
        return answers;
    }

    private static Instant at(Instant now, int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
