package org.unodc.rt.reports;

import static org.unodc.rt.reports.data.ImplementationStatus.IMPLEMENTED;
import static org.unodc.rt.reports.data.ImplementationStatus.IN_PROGRESS;
import static org.unodc.rt.reports.data.ImplementationStatus.NOT_APPLICABLE;
import static org.unodc.rt.reports.data.ImplementationStatus.NOT_STARTED;
import static org.unodc.rt.reports.data.ImplementationStatus.NO_REPLY;
import static org.unodc.rt.reports.data.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.unodc.rt.reports.data.RegionalGroup.AFRICAN;
import static org.unodc.rt.reports.data.RegionalGroup.ASIA_PACIFIC;
import static org.unodc.rt.reports.data.RegionalGroup.EASTERN_EUROPEAN;
import static org.unodc.rt.reports.data.RegionalGroup.LATIN_AMERICAN_CARIBBEAN;
import static org.unodc.rt.reports.data.RegionalGroup.WESTERN_EUROPEAN_OTHERS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.reports.data.AdoptingOrgan;
import org.unodc.rt.reports.data.Answer;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.DocumentHeader;
import org.unodc.rt.reports.data.Extract;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.MandateQuote;
import org.unodc.rt.reports.data.MatrixRow;
import org.unodc.rt.reports.data.ParagraphFindings;
import org.unodc.rt.reports.data.RegionalGroup;
import org.unodc.rt.reports.data.RegionalReplies;
import org.unodc.rt.reports.data.ReportingEntity;
import org.unodc.rt.reports.data.ResolutionFindings;
import org.unodc.rt.reports.data.ResolutionRef;
import org.unodc.rt.reports.data.ReturnSection;
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.Session;
import org.unodc.rt.reports.data.SessionReportData;
import org.unodc.rt.reports.data.StateReturnData;

/**
 * Fixed sample data for the tests: ECOSOC resolution 2013/38 on illicit trafficking in precious
 * metals (shared/seeds), reported on at the thirty-fifth session of the Commission, with answers
 * in Arabic, Chinese, Russian, French, Spanish and English.
 */
final class Samples {

    static final Session SESSION = new Session(
            "Commission on Crime Prevention and Criminal Justice",
            "Economic and Social Council",
            35,
            2026,
            LocalDate.of(2026, 5, 18),
            LocalDate.of(2026, 5, 22),
            "Vienna");

    static final DocumentHeader HEADER = new DocumentHeader(
            "E/CN.15/2026/12",
            "General",
            LocalDate.of(2026, 2, 12),
            "English",
            SESSION,
            "Item 6 of the provisional agenda*",
            "Integration and coordination of efforts by the United Nations Office on Drugs and Crime and by Member"
                    + " States in the field of crime prevention and criminal justice",
            ReportingEntity.EXECUTIVE_DIRECTOR);

    static final String SYMBOL = "E/RES/2013/38";
    static final String TITLE = "Combating transnational organized crime and its possible links to illicit trafficking"
            + " in precious metals";

    /** The States asked, in the order of the annex, with their regional groups. */
    static final Map<String, RegionalGroup> STATES = new LinkedHashMap<>();

    static {
        for (String s :
                List.of("Algeria", "Egypt", "Ghana", "Kenya", "Morocco", "Nigeria", "Senegal", "South Africa")) {
            STATES.put(s, AFRICAN);
        }
        for (String s : List.of("China", "India", "Indonesia", "Japan", "Jordan", "Saudi Arabia", "Thailand")) {
            STATES.put(s, ASIA_PACIFIC);
        }
        for (String s : List.of("Belarus", "Poland", "Romania", "Russian Federation", "Ukraine")) {
            STATES.put(s, EASTERN_EUROPEAN);
        }
        for (String s : List.of("Argentina", "Brazil", "Colombia", "Mexico", "Peru")) {
            STATES.put(s, LATIN_AMERICAN_CARIBBEAN);
        }
        for (String s : List.of(
                "Canada",
                "France",
                "Germany",
                "Italy",
                "Spain",
                "United Kingdom of Great Britain and Northern Ireland")) {
            STATES.put(s, WESTERN_EUROPEAN_OTHERS);
        }
    }

    /** States that did not reply at all. */
    static final List<String> SILENT = List.of("Kenya", "Senegal", "Indonesia", "Ukraine", "Argentina", "Italy");

    static final String EXTRACT_AR =
            "اعتمدت مصر قانوناً جديداً لمكافحة الاتجار غير المشروع بالمعادن الثمينة يجرّم تهريب الذهب.";
    static final String EXTRACT_AR_WORD = "المعادن";
    static final String EXTRACT_ZH = "中国修订了《反洗钱法》，加强了对贵金属交易的监管，并设立了跨部门工作组打击走私黄金。";
    static final String EXTRACT_ZH_WORD = "反洗钱法";
    static final String EXTRACT_RU = "В Российской Федерации ужесточён контроль за оборотом драгоценных металлов, а"
            + " уголовная ответственность за их незаконный оборот усилена.";
    static final String EXTRACT_RU_WORDS = "драгоценных металлов";
    static final String EXTRACT_FR =
            "La France a renforcé la traçabilité de l'or en imposant aux affineurs un devoir de"
                    + " diligence et a créé une cellule d'enquête spécialisée.";
    static final String EXTRACT_ES = "El Perú aprobó un régimen de interdicción de la minería ilegal y fortaleció la"
            + " fiscalización de la comercialización del oro.";
    static final String EXTRACT_EN =
            "Ghana established a multi-agency task force against illegal small-scale mining and"
                    + " introduced the licensing of gold buyers.";

    static final String PARAGRAPH_1 =
            "Encourages Member States to take appropriate measures to prevent and combat illicit"
                    + " trafficking in precious metals by organized criminal groups, including, where appropriate, the adoption"
                    + " and effective implementation of the necessary legislation for the prevention, investigation and"
                    + " prosecution of illicit trafficking in precious metals;";
    static final String PARAGRAPH_2 =
            "Invites Member States to consider utilizing the United Nations Convention against"
                    + " Transnational Organized Crime in combating transnational organized crime and its possible links to illicit"
                    + " trafficking in precious metals;";
    static final String PARAGRAPH_3 =
            "Calls upon Member States that have not yet done so to consider becoming parties to" + " the Convention;";
    static final String PARAGRAPH_6 = "Invites Member States and relevant institutions to provide the Institute with"
            + " examples of relevant national, regional and international laws, regulatory standards, best practices,"
            + " case studies and other materials consistent with the study, such as on money-laundering and import and"
            + " export controls, for its consideration;";
    static final String PARAGRAPH_7 =
            "Invites Member States and other donors to provide extrabudgetary resources for the"
                    + " purposes described above, in accordance with the rules and procedures of the United Nations;";
    static final String MANDATE = "Requests the Executive Director of the United Nations Office on Drugs and Crime to"
            + " report to the Commission on Crime Prevention and Criminal Justice at its twenty-fourth session on the"
            + " implementation of the present resolution.";

    static final int[] PARAGRAPHS = {1, 2, 3, 6, 7};
    static final String[] PARAGRAPH_TEXTS = {PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_6, PARAGRAPH_7};

    private Samples() {}

    /** A State's status on the i-th paragraph: fixed, varied, and NO_REPLY for the silent States. */
    static ImplementationStatus status(String state, int paragraphIndex) {
        if (SILENT.contains(state)) {
            return NO_REPLY;
        }
        ImplementationStatus[] cycle = {
            IMPLEMENTED,
            PARTIALLY_IMPLEMENTED,
            IN_PROGRESS,
            IMPLEMENTED,
            NOT_STARTED,
            NOT_APPLICABLE,
            PARTIALLY_IMPLEMENTED
        };
        return cycle[Math.floorMod(state.length() + state.charAt(0) + paragraphIndex * 3, cycle.length)];
    }

    static ResolutionFindings findings() {
        return findings(SYMBOL, TITLE, new ArrayList<>(STATES.keySet()), PARAGRAPHS, PARAGRAPH_TEXTS, true);
    }

    static ResolutionFindings findings(
            String symbol, String title, List<String> states, int[] numbers, String[] texts, boolean withExtracts) {
        List<ParagraphFindings> paragraphs = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
            for (String state : states) {
                ImplementationStatus s = status(state, i);
                if (s.isReply()) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
            List<Extract> extracts = new ArrayList<>();
            if (withExtracts && i == 0) {
                extracts.add(new Extract("Egypt", EXTRACT_AR, "ar"));
                extracts.add(new Extract("China", EXTRACT_ZH, "zh"));
                extracts.add(new Extract("Russian Federation", EXTRACT_RU, "ru"));
                extracts.add(new Extract("France", EXTRACT_FR, "fr"));
                extracts.add(new Extract("Peru", EXTRACT_ES, "es"));
                extracts.add(new Extract("Ghana", EXTRACT_EN, "en"));
            } else if (withExtracts && i == 1) {
                extracts.add(new Extract(
                        "Saudi Arabia",
                        "أنشأت المملكة العربية السعودية نظاماً إلكترونياً لتتبع صادرات الذهب والفضة.",
                        "ar"));
                extracts.add(new Extract(
                        "Canada",
                        "Canada reported that the Convention had been used as the legal basis for extradition in two"
                                + " cases of gold smuggling.",
                        "en"));
            }
            paragraphs.add(new ParagraphFindings(numbers[i], texts[i], counts, extracts));
        }
        Map<RegionalGroup, int[]> byGroup = new EnumMap<>(RegionalGroup.class);
        List<String> replied = new ArrayList<>();
        List<MatrixRow> matrix = new ArrayList<>();
        for (String state : states) {
            RegionalGroup group = STATES.getOrDefault(state, WESTERN_EUROPEAN_OTHERS);
            int[] counts = byGroup.computeIfAbsent(group, g -> new int[2]);
            counts[1]++;
            if (!SILENT.contains(state)) {
                counts[0]++;
                replied.add(state);
            }
            List<ImplementationStatus> statuses = new ArrayList<>();
            for (int i = 0; i < numbers.length; i++) {
                statuses.add(status(state, i));
            }
            matrix.add(new MatrixRow(state, group, statuses));
        }
        List<RegionalReplies> replies = byGroup.entrySet().stream()
                .map(e -> new RegionalReplies(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        return new ResolutionFindings(
                ref(symbol, title),
                new MandateQuote(8, MANDATE),
                states.size(),
                replies,
                paragraphs,
                "States have taken a broad range of measures against illicit trafficking in precious metals, most"
                        + " often through legislation and the tracing of gold from mine to refinery.\n\n"
                        + "The Commission may wish to encourage Member States to share their experience of"
                        + " multi-agency task forces and to make use of the Convention for international cooperation.",
                replied,
                matrix);
    }

    /** "E/RES/2013/38" gives resolution 2013/38 of the Economic and Social Council; "A/RES/80/187" of the Assembly. */
    static ResolutionRef ref(String symbol, String title) {
        String number = symbol.substring(symbol.indexOf("RES/") + 4);
        AdoptingOrgan organ =
                symbol.startsWith("A/") ? AdoptingOrgan.GENERAL_ASSEMBLY : AdoptingOrgan.ECONOMIC_AND_SOCIAL_COUNCIL;
        return new ResolutionRef(number, symbol, title, organ, false);
    }

    static SecretaryGeneralReportData secretaryGeneralReport() {
        return new SecretaryGeneralReportData(
                HEADER,
                "Implementation of Economic and Social Council resolution 2013/38 on combating transnational organized"
                        + " crime and its possible links to illicit trafficking in precious metals",
                "The present report was prepared pursuant to Economic and Social Council resolution 2013/38. It"
                        + " summarizes the replies of 25 Member States on the measures they have taken to prevent and"
                        + " combat illicit trafficking in precious metals and contains recommendations for the"
                        + " consideration of the Commission.",
                findings());
    }

    static SessionReportData sessionReport() {
        List<String> states = new ArrayList<>(STATES.keySet());
        return new SessionReportData(
                HEADER,
                "Progress in the implementation of resolutions on transnational organized crime",
                "The present report consolidates the information received from Member States on the resolutions"
                        + " that requested a report to the Commission at its thirty-fifth session.",
                List.of(
                        findings(),
                        findings(
                                        "E/RES/2011/32",
                                        "Prevention, protection and international cooperation against the use of new information"
                                                + " technologies to abuse and/or exploit children",
                                        states,
                                        new int[] {2, 3, 4},
                                        new String[] {PARAGRAPH_2, PARAGRAPH_3, PARAGRAPH_6},
                                        false)
                                .withConclusions(
                                        "Few States reported on 2011/32; the Commission may wish to remind them."),
                        findings(
                                        "A/RES/80/187",
                                        "Strengthening the United Nations crime prevention and criminal justice programme",
                                        states,
                                        new int[] {5, 9},
                                        new String[] {PARAGRAPH_1, PARAGRAPH_7},
                                        false)
                                .withConclusions(null)),
                "States may wish to keep reporting through the platform.");
    }

    static StateReturnData stateReturn(ReturnStatus status, StateReturnData.Audience audience) {
        return stateReturn(status, audience, "en");
    }

    /** The same return for a reader of another language. */
    static StateReturnData stateReturn(ReturnStatus status, StateReturnData.Audience audience, String language) {
        boolean submitted = status.isSubmitted();
        return new StateReturnData(
                "Egypt",
                "Reporting cycle for the thirty-fifth session (2026)",
                SESSION,
                status,
                submitted ? LocalDateTime.of(2026, 1, 20, 14, 5) : null,
                submitted ? "Focal point, Ministry of Justice" : null,
                submitted
                        ? "I declare that the information in this return is accurate and complete to the best of my"
                                + " knowledge."
                        : null,
                List.of(new ReturnSection(
                        SYMBOL,
                        TITLE,
                        List.of(
                                new Answer(
                                        1,
                                        PARAGRAPH_1,
                                        IMPLEMENTED,
                                        EXTRACT_AR,
                                        "إنشاء وحدة متخصصة في النيابة العامة.",
                                        "القانون رقم ١٢ لسنة ٢٠٢٤",
                                        List.of("law-12-2024.pdf", "decree-precious-metals.pdf"),
                                        "ar",
                                        "Accepted; the law was checked against the library."),
                                new Answer(
                                        2,
                                        PARAGRAPH_2,
                                        PARTIALLY_IMPLEMENTED,
                                        "The Convention was used as the legal basis for two requests for mutual legal"
                                                + " assistance.",
                                        null,
                                        "Law No. 12 of 2024 (القانون رقم ١٢ لسنة ٢٠٢٤) on precious metals",
                                        List.of(),
                                        "en",
                                        null),
                                new Answer(3, PARAGRAPH_3, null, null, null, null, List.of(), "en", null)))),
                audience,
                language);
    }

    static CycleMatrixData cycleMatrix() {
        List<CycleMatrixData.Question> questions = new ArrayList<>();
        for (int p : PARAGRAPHS) {
            questions.add(new CycleMatrixData.Question(SYMBOL, p));
        }
        questions.add(new CycleMatrixData.Question("E/RES/2011/32", 4));
        List<CycleMatrixData.Row> rows = new ArrayList<>();
        for (String state : STATES.keySet()) {
            boolean silent = SILENT.contains(state);
            List<ImplementationStatus> statuses = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                statuses.add(status(state, i));
            }
            rows.add(new CycleMatrixData.Row(
                    state,
                    STATES.get(state),
                    silent ? ReturnStatus.NOT_STARTED : ReturnStatus.ACCEPTED,
                    silent ? null : LocalDate.of(2026, 1, 10 + state.length() % 15),
                    silent ? null : LocalDate.of(2026, 2, 1 + state.length() % 10),
                    statuses));
        }
        return new CycleMatrixData(
                "Reporting cycle for the thirty-fifth session (2026)",
                SESSION,
                LocalDate.of(2026, 1, 31),
                questions,
                rows);
    }
}
