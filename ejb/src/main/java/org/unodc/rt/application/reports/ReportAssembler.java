package org.unodc.rt.application.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.resolution.OperativeParagraph;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.returns.AnswerSnapshot;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.reports.data.AdoptingOrgan;
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
import org.unodc.rt.reports.data.ReturnStatus;
import org.unodc.rt.reports.data.Session;

/**
 * Turns a cycle and its accepted returns into the reports module's records. Plain Java over already-loaded entities,
 * so the rules of the Secretary-General's report (only accepted returns count; each extract names its State) are
 * tested without a server.
 */
public final class ReportAssembler {

    /** The Commission's standing item under which implementation reports are considered. */
    static final String AGENDA_TITLE = "Integration and coordination of efforts by the United Nations Office on Drugs"
            + " and Crime and by Member States in the field of crime prevention and criminal justice";

    private ReportAssembler() {}

    public static Session session(CommissionSession s) {
        return new Session(
                "Commission on Crime Prevention and Criminal Justice",
                "Economic and Social Council",
                s.ordinal(),
                s.year(),
                s.startDate(),
                s.endDate(),
                s.place() == null ? "Vienna" : s.place());
    }

    public static DocumentHeader header(
            ReportingCycle cycle, LocalDate today, String symbol, ReportingEntity issuedBy) {
        CommissionSession s = cycle.session();
        return new DocumentHeader(
                symbol,
                "General",
                today,
                "English",
                session(s),
                "Item 6 of the provisional agenda",
                AGENDA_TITLE,
                issuedBy);
    }

    /** How the reports name the resolution: number, else symbol, else title; the organ that adopted it. */
    public static ResolutionRef reference(Resolution resolution) {
        AdoptingOrgan organ =
                switch (resolution.body()) {
                    case ECOSOC -> AdoptingOrgan.ECONOMIC_AND_SOCIAL_COUNCIL;
                    case CCPCJ -> AdoptingOrgan.COMMISSION;
                    case GA -> AdoptingOrgan.GENERAL_ASSEMBLY;
                };
        return new ResolutionRef(
                resolution.number(),
                resolution.symbol(),
                resolution.title(),
                organ,
                resolution.status() == ResolutionStatus.DRAFT);
    }

    /** The resolution's request for a report to the Commission at this session, if it makes one. */
    static Optional<ReportingMandate> mandateDueAt(Resolution resolution, CommissionSession session) {
        return resolution.mandates().stream()
                .filter(ReportingMandate::isForCommission)
                .filter(m -> (m.sessionOrdinal() != null && m.sessionOrdinal() == session.ordinal())
                        || (m.session() != null && m.session().ordinal() == session.ordinal()))
                .findFirst();
    }

    /**
     * Who reports on the resolution: whom its request for this session names; without one, whom its latest request to
     * the Commission named (2013/38 asks the Executive Director); without any, the Secretariat in a note.
     */
    public static ReportingEntity reportingEntity(Resolution resolution, CommissionSession session) {
        Optional<ReportingMandate> due = mandateDueAt(resolution, session);
        if (due.isPresent()) {
            return ReportingEntity.ofReporter(due.get().reporter());
        }
        return resolution.mandates().stream()
                .filter(ReportingMandate::isForCommission)
                .max(Comparator.comparing((ReportingMandate m) -> m.sessionOrdinal() == null ? 0 : m.sessionOrdinal()))
                .map(m -> ReportingEntity.ofReporter(m.reporter()))
                .orElse(ReportingEntity.SECRETARIAT);
    }

    /** Whether the resolution asks for a report to the Commission at this session. */
    public static boolean isDueAt(Resolution resolution, CommissionSession session) {
        return mandateDueAt(resolution, session).isPresent();
    }

    /**
     * The findings on one resolution: replies by regional group against the States asked, and for each paragraph
     * addressed to States the counts by status and the extracts of the accepted answers, each attributed.
     */
    public static ResolutionFindings findings(
            ReportingCycle cycle,
            Resolution resolution,
            List<ImplementationReturn> returns,
            Map<String, MemberState> states,
            String conclusions) {
        List<ImplementationReturn> accepted = returns.stream()
                .filter(r -> r.status() == org.unodc.rt.domain.returns.ReturnStatus.ACCEPTED)
                .sorted((a, b) -> name(states, a.stateIso3()).compareTo(name(states, b.stateIso3())))
                .toList();
        List<Question> questions = cycle.questions().stream()
                .filter(q -> q.resolution() != null && q.resolution().id().equals(resolution.id()))
                .toList();

        Map<RegionalGroup, int[]> byGroup = new EnumMap<>(RegionalGroup.class);
        for (RegionalGroup group : RegionalGroup.values()) {
            byGroup.put(group, new int[2]);
        }
        states.values().forEach(s -> byGroup.get(group(s))[1]++);
        accepted.forEach(r -> byGroup.get(group(states.get(r.stateIso3())))[0]++);
        List<RegionalReplies> replies = new ArrayList<>();
        byGroup.forEach((group, counts) -> replies.add(new RegionalReplies(group, counts[0], counts[1])));

        List<ParagraphFindings> paragraphs = new ArrayList<>();
        Map<String, List<ImplementationStatus>> matrix = new LinkedHashMap<>();
        accepted.forEach(r -> matrix.put(r.stateIso3(), new ArrayList<>()));
        for (Question question : questions) {
            Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
            List<Extract> extracts = new ArrayList<>();
            for (ImplementationReturn r : accepted) {
                Optional<AnswerSnapshot> answer = acceptedAnswer(r, question);
                ImplementationStatus status =
                        answer.map(a -> status(a.status())).orElse(ImplementationStatus.NO_REPLY);
                counts.merge(status, 1, Integer::sum);
                matrix.get(r.stateIso3()).add(status);
                answer.filter(a -> a.narrative() != null && !a.narrative().isBlank())
                        .ifPresent(a -> extracts.add(new Extract(
                                name(states, r.stateIso3()), a.narrative().strip(), null)));
            }
            int number = question.paragraphNumber() == null ? question.position() : question.paragraphNumber();
            String text = question.paragraphNumber() == null
                    ? question.text()
                    : resolution.operative().stream()
                            .filter(p -> p.number() == question.paragraphNumber())
                            .map(OperativeParagraph::text)
                            .findFirst()
                            .orElse(question.text());
            paragraphs.add(new ParagraphFindings(number, text, counts, extracts));
        }
        List<MatrixRow> rows = new ArrayList<>();
        matrix.forEach(
                (iso3, statuses) -> rows.add(new MatrixRow(name(states, iso3), group(states.get(iso3)), statuses)));

        return new ResolutionFindings(
                reference(resolution),
                mandate(resolution, cycle.session()),
                states.size(),
                replies,
                paragraphs,
                conclusions == null || conclusions.isBlank() ? null : conclusions.strip(),
                accepted.stream().map(r -> name(states, r.stateIso3())).toList(),
                rows);
    }

    /**
     * The paragraph that asked for a report at this session, quoted; none when the resolution asks for none then: a
     * request for an earlier session is never quoted as if this report answered it.
     */
    static MandateQuote mandate(Resolution resolution, CommissionSession session) {
        return mandateDueAt(resolution, session)
                .map(due -> new MandateQuote(
                        due.paragraph(),
                        resolution.operative().stream()
                                .filter(p -> p.number() == due.paragraph())
                                .map(OperativeParagraph::text)
                                .findFirst()
                                .orElse("")))
                .orElse(null);
    }

    static Optional<AnswerSnapshot> acceptedAnswer(ImplementationReturn r, Question question) {
        List<ReturnVersion> versions = r.versions();
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ReturnVersion latest = versions.get(versions.size() - 1);
        return latest.answers().stream()
                .filter(a -> a.questionPosition() == question.position())
                .findFirst();
    }

    public static ImplementationStatus status(org.unodc.rt.domain.returns.ImplementationStatus status) {
        return status == null ? ImplementationStatus.NO_REPLY : ImplementationStatus.valueOf(status.name());
    }

    public static RegionalGroup group(MemberState state) {
        return RegionalGroup.valueOf(state.regionalGroup().name());
    }

    /** A return's stage as the reports name it; a State without a return has not started. */
    public static ReturnStatus returnStatus(String status) {
        return switch (status == null ? "" : status) {
            case "DRAFT", "SUBMITTED", "CLARIFICATION_REQUESTED", "ACCEPTED" -> ReturnStatus.valueOf(status);
                // Not yet with the secretariat: a draft, as far as the reports are concerned.
            case "AWAITING_CLEARANCE" -> ReturnStatus.DRAFT;
            default -> ReturnStatus.NOT_STARTED;
        };
    }

    static String name(Map<String, MemberState> states, String iso3) {
        MemberState state = states.get(iso3);
        return state == null ? iso3 : state.englishName();
    }

    static LocalDateTime vienna(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ReportingCycle.VIENNA);
    }
}
