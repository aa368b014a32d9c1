package org.unodc.rt.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.cycle.CycleView;
import org.unodc.rt.application.reports.ReportService;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.web.common.Messages;

/** Pick a cycle, see what the reports will use, generate, download any version generated before. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CycleService cycles;

    @Inject
    ReportService reports;

    private List<CycleView> allCycles;
    private Long cycleId;
    private CycleView cycle;
    private ReportService.DataSummary summary;
    private List<GeneratedReport> generated;
    private Long resolutionId;
    private String format = "PDF";
    private String conclusions;
    private Integer nextReportNumber;

    @PostConstruct
    void load() {
        allCycles = cycles.list();
        if (!allCycles.isEmpty()) {
            cycleId = allCycles.get(0).id();
            select();
        }
    }

    public void select() {
        cycle = allCycles.stream()
                .filter(c -> c.id().equals(cycleId))
                .findFirst()
                .orElse(null);
        if (cycle != null) {
            summary = reports.summary(cycleId);
            nextReportNumber = summary.nextReportNumber();
            generated = reports.generated(cycleId);
            resolutionId = cycle.resolutions().isEmpty()
                    ? null
                    : cycle.resolutions().get(0).id();
        }
    }

    public void generateSecretaryGeneralReport() {
        generate(GeneratedReport.Kind.SECRETARY_GENERAL_REPORT, format);
    }

    public void generateSessionReport() {
        generate(GeneratedReport.Kind.SESSION_REPORT, format);
    }

    /** Where the session's report symbols continue, E/CN.15/{year}/{n}. */
    public void saveNumbering() {
        try {
            summary = reports.numberReportsFrom(cycleId, nextReportNumber == null ? 0 : nextReportNumber);
            nextReportNumber = summary.nextReportNumber();
            Messages.info("reports.numberingSaved", summary.nextSymbol());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private void generate(GeneratedReport.Kind kind, String chosenFormat) {
        try {
            GeneratedReport report = reports.generate(cycleId, kind, resolutionId, chosenFormat, conclusions);
            generated = reports.generated(cycleId);
            summary = reports.summary(cycleId);
            nextReportNumber = summary.nextReportNumber();
            Messages.info("reports.generated", report.title());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<CycleView> getAllCycles() {
        return allCycles;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public CycleView getCycle() {
        return cycle;
    }

    public ReportService.DataSummary getSummary() {
        return summary;
    }

    public List<GeneratedReport> getGenerated() {
        return generated;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public void setResolutionId(Long resolutionId) {
        this.resolutionId = resolutionId;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public Integer getNextReportNumber() {
        return nextReportNumber;
    }

    public void setNextReportNumber(Integer nextReportNumber) {
        this.nextReportNumber = nextReportNumber;
    }

    public String getConclusions() {
        return conclusions;
    }

    public void setConclusions(String conclusions) {
        this.conclusions = conclusions;
    }
}
