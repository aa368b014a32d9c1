package org.unodc.rt.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.StatusMatrix;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.domain.report.GeneratedReports;
import org.unodc.rt.domain.report.ReportEvent;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.reports.ReportFormat;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.OrdinalNumbers;
import org.unodc.rt.reports.data.ReportData;
import org.unodc.rt.reports.data.ReportingEntity;
import org.unodc.rt.reports.data.ResolutionFindings;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.SessionReportData;

/**
 * Generates the reports for the Commission from a cycle's accepted returns, and keeps them with the figures they were
 * built from. (A State's return as a document: {@link ReturnDocuments}.)
 */
@Stateless
public class ReportService {

    /**
     * What a report of a cycle would be built from, shown before generating it, and the symbol the next new report of
     * the session will get.
     */
    public record DataSummary(
            int acceptedReturns, int openReturns, int notStarted, int nextReportNumber, String nextSymbol)
            implements java.io.Serializable {}

    @Inject
    GeneratedReports reports;

    @Inject
    Cycles cycles;

    @Inject
    MemberStates states;

    @Inject
    CycleService cycleService;

    @Inject
    ReturnQueries returns;

    @Inject
    Returns cycleReturns;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public DataSummary summary(@NotNull Long cycleId) {
        ReportingCycle cycle = cycleService.getCycle(cycleId);
        List<ImplementationReturn> all = cycleReturns.returnsTo(cycleId);
        int accepted = (int)
                all.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        int next = cycle.session().nextReportNumber();
        return new DataSummary(
                accepted,
                all.size() - accepted,
                Math.max(0, states.all().size() - all.size()),
                next,
                cycle.session().reportSymbol(next));
    }

    /** The secretariat sets where the session's sequence of report symbols continues. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public DataSummary numberReportsFrom(@NotNull Long cycleId, int next) {
        cycleService.getCycle(cycleId).session().numberReportsFrom(next);
        return summary(cycleId);
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
        ReportFormat reportFormat = ReportRendering.format(format);
        ReportingCycle cycle = cycleService.getCycle(cycleId);
        List<ImplementationReturn> all = cycleReturns.returnsTo(cycleId);
        Map<String, MemberState> states = states();
        LocalDate today = LocalDate.now(clock.withZone(ReportingCycle.VIENNA));
        if (kind == GeneratedReport.Kind.CYCLE_MATRIX) {
            throw new InvalidInputException(Explanation.of("report.matrixIsADownload", String.valueOf(cycleId)));
        }
        // The session report covers every resolution: it belongs to none.
        Long aboutResolution = kind == GeneratedReport.Kind.SESSION_REPORT ? null : resolutionId;
        String symbol = symbolFor(kind, cycle, aboutResolution);
        ReportData data;
        String title;
        switch (kind) {
            case SECRETARY_GENERAL_REPORT -> {
                Resolution resolution = cycle.resolutions().stream()
                        .filter(r -> r.id().equals(resolutionId))
                        .findFirst()
                        .orElseThrow(() -> new InvalidInputException(Explanation.of("report.chooseResolution")));
                ResolutionFindings findings = ReportAssembler.findings(cycle, resolution, all, states, conclusions);
                ReportingEntity entity = ReportAssembler.reportingEntity(resolution, cycle.session());
                title = "Implementation of " + findings.resolution().fullReference();
                data = new SecretaryGeneralReportData(
                        ReportAssembler.header(cycle, today, symbol, entity), title, summary(findings), findings);
                title = title + ": " + lowerFirst(entity.documentType());
            }
            case SESSION_REPORT -> {
                // The mandates due at this session; a cycle with none due reports on all it covers, quoting none.
                List<Resolution> due = cycle.resolutions().stream()
                        .filter(r -> ReportAssembler.isDueAt(r, cycle.session()))
                        .toList();
                List<Resolution> covered = due.isEmpty() ? cycle.resolutions() : due;
                List<ResolutionFindings> findings = new ArrayList<>();
                for (Resolution resolution : covered) {
                    // each resolution with the conclusions last written for its own report, printed once
                    findings.add(ReportAssembler.findings(
                            cycle, resolution, all, states, latestConclusions(cycle.id(), resolution.id())));
                }
                List<ReportingEntity> entities = covered.stream()
                        .map(r -> ReportAssembler.reportingEntity(r, cycle.session()))
                        .distinct()
                        .toList();
                ReportingEntity entity = entities.size() == 1 ? entities.get(0) : ReportingEntity.SECRETARIAT;
                String session = OrdinalNumbers.toWords(cycle.session().ordinal()) + " session";
                title = due.isEmpty()
                        ? "Progress made in the implementation of the resolutions covered by the reporting cycle for"
                                + " the " + session + " of the Commission"
                        : "Progress made in the implementation of the resolutions that requested a report to the"
                                + " Commission at its " + session;
                int replied = findings.stream()
                        .mapToInt(f -> f.statesReplied().size())
                        .max()
                        .orElse(0);
                data = new SessionReportData(
                        ReportAssembler.header(cycle, today, symbol, entity),
                        title,
                        "The present report covers " + findings.size()
                                + (findings.size() == 1 ? " resolution" : " resolutions") + " and the replies of "
                                + replied + (replied == 1 ? " Member State" : " Member States")
                                + " whose returns the Secretariat accepted.",
                        findings,
                        conclusions);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        int accepted = (int)
                all.stream().filter(r -> r.status() == ReturnStatus.ACCEPTED).count();
        GeneratedReport report = new GeneratedReport(
                kind,
                symbol,
                title,
                reportFormat.name(),
                cycleId,
                aboutResolution,
                accepted,
                all.size() - accepted,
                conclusions,
                Instant.now(clock),
                caller.name());
        reports.add(report);
        Path file = ReportRendering.reportsDirectory().resolve(report.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportRendering.RENDERER.render(data, reportFormat, out);
            report.written(Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be written to " + file, e);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        events.fire(new ReportEvent.Generated(report.id(), title));
        return report;
    }

    /**
     * The cycle at a glance (States × questions) as a spreadsheet to sort and filter: a working file, handed over as
     * it is made and not kept among the Commission's reports.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public byte[] matrix(@NotNull Long cycleId) {
        ReportingCycle cycle = cycleService.getCycle(cycleId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRendering.RENDERER.render(
                matrix(cycle, cycleReturns.returnsTo(cycleId), states()), ReportFormat.XLSX, out);
        return out.toByteArray();
    }

    /**
     * The symbol of a report: the one it had when generated before (in any format), so that the PDF and the Word file
     * of a report and its later regenerations are one document; else the next number of the session's sequence that
     * no report carries yet.
     */
    private String symbolFor(GeneratedReport.Kind kind, ReportingCycle cycle, Long resolutionId) {
        Optional<String> earlier = reports.of(cycle.id()).stream()
                .filter(g -> g.symbol() != null && g.isSameDocument(kind, cycle.id(), resolutionId))
                .map(GeneratedReport::symbol)
                .findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String symbol = cycle.session().allocateReportSymbol();
        while (reports.symbolTaken(symbol)) {
            symbol = cycle.session().allocateReportSymbol();
        }
        return symbol;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<GeneratedReport> generated(Long cycleId) {
        return reports.of(cycleId);
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public GeneratedReport getGenerated(long id) {
        return reports.find(id)
                .orElseThrow(() -> new NotFoundException(Explanation.of("report.notFound", String.valueOf(id))));
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Path file(long id) {
        return ReportRendering.reportsDirectory().resolve(getGenerated(id).fileName());
    }

    private CycleMatrixData matrix(
            ReportingCycle cycle, List<ImplementationReturn> all, Map<String, MemberState> states) {
        StatusMatrix matrix = returns.matrix(cycle.id());
        List<CycleMatrixData.Question> questions = new ArrayList<>();
        cycle.questions()
                .forEach(q -> questions.add(new CycleMatrixData.Question(
                        q.resolution() == null
                                ? "General"
                                : ReportAssembler.reference(q.resolution()).shortName(),
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
                    ReportAssembler.returnStatus(r == null ? null : r.status().name()),
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

    private static String summary(ResolutionFindings findings) {
        int replied = findings.statesReplied().size();
        return "The present report concerns " + findings.resolution().fullReference() + ". It summarizes"
                + " the replies of " + replied + (replied == 1 ? " Member State" : " Member States") + ", out of "
                + findings.statesAsked() + " asked, on the measures taken to implement the resolution.";
    }

    /** What the secretariat last wrote as conclusions on one resolution's own report in this cycle. */
    private String latestConclusions(Long cycleId, Long resolutionId) {
        return reports.of(cycleId).stream()
                .filter(g -> g.isSameDocument(GeneratedReport.Kind.SECRETARY_GENERAL_REPORT, cycleId, resolutionId))
                .map(GeneratedReport::conclusions)
                .filter(c -> c != null && !c.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private Map<String, MemberState> states() {
        Map<String, MemberState> byIso3 = new LinkedHashMap<>();
        states.all().forEach(s -> byIso3.put(s.iso3(), s));
        return byIso3;
    }
}
