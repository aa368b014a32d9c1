package org.unodc.rt.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.returns.ReturnService;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.application.returns.StatusMatrix;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.reports.ReportFormat;
import org.unodc.rt.reports.ReportRenderer;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.OrdinalNumbers;
import org.unodc.rt.reports.data.ReportData;
import org.unodc.rt.reports.data.ResolutionFindings;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.SessionReportData;
import org.unodc.rt.reports.data.StateReturnData;

/** Generates the reports for the Commission and a State's return as a document. */
@Stateless
public class ReportService {

    /** What a report of a cycle would be built from, shown before generating it. */
    public record DataSummary(int acceptedReturns, int openReturns, int notStarted) {}

    /** One renderer for the application: its templates are compiled once; large reports swap pages to disk. */
    private static final ReportRenderer RENDERER = new ReportRenderer(swapDirectory(), 200);

    @PersistenceContext
    EntityManager em;

    @Inject
    CycleService cycles;

    @Inject
    ReturnService returns;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public DataSummary summary(@NotNull Long cycleId) {
        List<ImplementationReturn> all = returnsOf(cycleId);
        int accepted = (int)
                all.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        return new DataSummary(accepted, all.size() - accepted, 193 - all.size());
    }

    /**
     * Generates a report of a cycle, stores it with the figures it was built from, and returns its record. The
     * Secretary-General's report needs a resolution; the session report covers every resolution of the cycle.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public GeneratedReport generate(
            @NotNull Long cycleId,
            @NotNull GeneratedReport.Kind kind,
            Long resolutionId,
            @NotNull String format,
            String conclusions) {
        ReportFormat reportFormat = format(format);
        ReportingCycle cycle = cycles.getCycle(cycleId);
        List<ImplementationReturn> all = returnsOf(cycleId);
        Map<String, MemberState> states = states();
        LocalDate today = LocalDate.now(clock.withZone(ReportingCycle.VIENNA));
        int sequence = 10 + cycle.id().intValue();
        ReportData data;
        String title;
        switch (kind) {
            case SECRETARY_GENERAL_REPORT -> {
                Resolution resolution = cycle.resolutions().stream()
                        .filter(r -> r.id().equals(resolutionId))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(Explanation.of("report.chooseResolution")));
                ResolutionFindings findings = ReportAssembler.findings(cycle, resolution, all, states, conclusions);
                title = "Implementation of " + ReportAssembler.label(resolution) + ": report of the Secretary-General";
                data = new SecretaryGeneralReportData(
                        ReportAssembler.header(cycle, today, sequence), title, summary(resolution, findings), findings);
            }
            case SESSION_REPORT -> {
                List<ResolutionFindings> findings = new ArrayList<>();
                for (Resolution resolution : cycle.resolutions()) {
                    findings.add(ReportAssembler.findings(cycle, resolution, all, states, conclusions));
                }
                title = "Progress in the implementation of the resolutions of the Commission: report of the"
                        + " Secretary-General for the "
                        + OrdinalNumbers.toNumeric(cycle.session().ordinal()) + " session";
                data = new SessionReportData(
                        ReportAssembler.header(cycle, today, sequence),
                        title,
                        "The present report covers " + findings.size() + " resolutions and the replies of "
                                + findings.stream()
                                        .mapToInt(f -> f.statesReplied().size())
                                        .max()
                                        .orElse(0)
                                + " Member States whose returns the secretariat accepted.",
                        findings);
            }
            case CYCLE_MATRIX -> {
                title = "Reporting matrix: " + cycle.title();
                data = matrix(cycle, all, states);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        int accepted = (int)
                all.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        GeneratedReport report = new GeneratedReport(
                kind,
                title,
                reportFormat.name(),
                cycleId,
                resolutionId,
                accepted,
                all.size() - accepted,
                conclusions,
                Instant.now(clock),
                caller.name());
        em.persist(report);
        em.flush();
        Path file = reportsDirectory().resolve(report.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            RENDERER.render(data, reportFormat, out);
            report.written(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written to " + file, e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        audit.done(caller.name(), "REPORT_GENERATED", "GeneratedReport", String.valueOf(report.id()), title);
        return report;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<GeneratedReport> generated(Long cycleId) {
        return em.createQuery(
                        "select g from GeneratedReport g where (:c is null or g.cycleId = :c) order by g.createdAt desc",
                        GeneratedReport.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public GeneratedReport getGenerated(long id) {
        GeneratedReport report = em.find(GeneratedReport.class, id);
        if (report == null) {
            throw new NotFoundException(Explanation.of("report.notFound", String.valueOf(id)));
        }
        return report;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Path file(long id) {
        return reportsDirectory().resolve(getGenerated(id).fileName());
    }

    /**
     * A State's return as a document, at any stage: for the State (its own return only, as the return service
     * checks and audits) and for the secretariat, with the reviewers' comments.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME})
    public byte[] returnDocument(@NotNull Long returnId, @NotNull String format) {
        ReturnView view = returns.getReturn(returnId);
        ReportingCycle cycle = cycles.getCycle(view.cycleId());
        MemberState state = em.find(MemberState.class, view.stateIso3());
        StateReturnData.Audience audience =
                caller.isStaff() ? StateReturnData.Audience.SECRETARIAT : StateReturnData.Audience.STATE;
        List<org.unodc.rt.reports.data.ReturnSection> sections = new ArrayList<>();
        for (ReturnView.Section section : view.sections()) {
            List<org.unodc.rt.reports.data.Answer> answers = new ArrayList<>();
            for (ReturnView.AnswerView a : section.answers()) {
                String notes = audience == StateReturnData.Audience.SECRETARIAT
                        ? view.comments().stream()
                                .filter(c -> c.questionPosition() != null && c.questionPosition() == a.position())
                                .map(c -> c.author() + ": " + c.body())
                                .reduce((x, y) -> x + "\n" + y)
                                .orElse(null)
                        : null;
                answers.add(new org.unodc.rt.reports.data.Answer(
                        a.paragraphNumber() != null ? a.paragraphNumber() : a.position(),
                        a.question(),
                        a.status() == null ? ImplementationStatus.NO_REPLY : ImplementationStatus.valueOf(a.status()),
                        a.narrative(),
                        a.measures(),
                        a.legislation(),
                        List.of(),
                        null,
                        notes));
            }
            // Questions the secretariat added on no particular resolution form their own section.
            sections.add(new org.unodc.rt.reports.data.ReturnSection(
                    section.resolutionLabel() == null ? "General questions" : section.resolutionLabel(),
                    section.resolutionTitle() == null ? "Questions of the secretariat" : section.resolutionTitle(),
                    answers));
        }
        ReturnView.VersionRef last = view.versions().isEmpty()
                ? null
                : view.versions().get(view.versions().size() - 1);
        StateReturnData data = new StateReturnData(
                state.englishName(),
                view.cycleTitle(),
                ReportAssembler.session(cycle.session()),
                org.unodc.rt.reports.data.ReturnStatus.valueOf(returnStatus(view.status())),
                last == null ? null : ReportAssembler.vienna(last.submittedAt()),
                last == null ? null : last.submittedBy(),
                last == null ? null : ImplementationReturn.DECLARATION,
                sections,
                audience);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(data, format(format), out);
        return out.toByteArray();
    }

    private static String returnStatus(String status) {
        return switch (status) {
            case "DRAFT" -> "DRAFT";
            case "SUBMITTED" -> "SUBMITTED";
            case "CLARIFICATION_REQUESTED" -> "CLARIFICATION_REQUESTED";
            case "ACCEPTED" -> "ACCEPTED";
            default -> "NOT_STARTED";
        };
    }

    private CycleMatrixData matrix(
            ReportingCycle cycle, List<ImplementationReturn> all, Map<String, MemberState> states) {
        StatusMatrix matrix = returns.matrix(cycle.id());
        List<CycleMatrixData.Question> questions = new ArrayList<>();
        cycle.questions()
                .forEach(q -> questions.add(new CycleMatrixData.Question(
                        q.resolution() == null
                                ? "General"
                                : (q.resolution().number() != null
                                        ? q.resolution().number()
                                        : "draft"),
                        q.paragraphNumber() == null ? q.position() : q.paragraphNumber())));
        Map<String, ImplementationReturn> byState = new LinkedHashMap<>();
        all.forEach(r -> byState.put(r.stateIso3(), r));
        List<CycleMatrixData.Row> rows = new ArrayList<>();
        for (StatusMatrix.Row row : matrix.rows()) {
            ImplementationReturn r = byState.get(row.iso3());
            List<ImplementationStatus> statuses = row.statuses().stream()
                    .map(s -> s == null || s.isBlank() ? ImplementationStatus.NO_REPLY : parse(s))
                    .toList();
            rows.add(new CycleMatrixData.Row(
                    row.stateName(),
                    ReportAssembler.group(states.get(row.iso3())),
                    org.unodc.rt.reports.data.ReturnStatus.valueOf(
                            r == null ? "NOT_STARTED" : returnStatus(r.status().name())),
                    r == null || r.lastSubmittedAt() == null
                            ? null
                            : ReportAssembler.vienna(r.lastSubmittedAt()).toLocalDate(),
                    r == null || r.status() != ReturnStatus.ACCEPTED || r.reviewedAt() == null
                            ? null
                            : ReportAssembler.vienna(r.reviewedAt()).toLocalDate(),
                    statuses));
        }
        return new CycleMatrixData(
                cycle.title(), ReportAssembler.session(cycle.session()), cycle.deadline(), questions, rows);
    }

    private static ImplementationStatus parse(String status) {
        try {
            return ImplementationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return ImplementationStatus.NO_REPLY;
        }
    }

    private static String summary(Resolution resolution, ResolutionFindings findings) {
        int replied = findings.statesReplied().size();
        return "The present report is submitted pursuant to " + ReportAssembler.label(resolution) + ". It summarizes"
                + " the replies of " + replied + (replied == 1 ? " Member State" : " Member States") + ", out of "
                + findings.statesAsked() + " asked, on the measures taken to implement the resolution.";
    }

    private List<ImplementationReturn> returnsOf(Long cycleId) {
        return em.createQuery("select r from ImplementationReturn r where r.cycle.id = :c", ImplementationReturn.class)
                .setParameter("c", cycleId)
                .getResultList();
    }

    private Map<String, MemberState> states() {
        Map<String, MemberState> states = new LinkedHashMap<>();
        em.createQuery("select s from MemberState s order by s.nameEn", MemberState.class)
                .getResultList()
                .forEach(s -> states.put(s.iso3(), s));
        return states;
    }

    private static ReportFormat format(String format) {
        try {
            return ReportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Explanation.of("report.formatUnknown", String.valueOf(format)));
        }
    }

    private static Path reportsDirectory() {
        try {
            return Files.createDirectories(DataDirectory.root().resolve("reports"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path swapDirectory() {
        try {
            return Files.createDirectories(
                    DataDirectory.root().resolve("reports").resolve("swap"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
