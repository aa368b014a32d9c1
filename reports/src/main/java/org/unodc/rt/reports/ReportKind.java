package org.unodc.rt.reports;

import java.util.EnumSet;
import java.util.Set;
import org.unodc.rt.reports.data.CycleMatrixData;
import org.unodc.rt.reports.data.ReportData;
import org.unodc.rt.reports.data.SecretaryGeneralReportData;
import org.unodc.rt.reports.data.SessionReportData;
import org.unodc.rt.reports.data.StateReturnData;

/** The reports the platform produces, the template each uses and the formats that make sense for it. */
public enum ReportKind {
    SECRETARY_GENERAL_REPORT(
            "document", EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.HTML)),
    SESSION_REPORT("document", EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.HTML)),
    STATE_RETURN("document", EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.HTML)),
    /** A spreadsheet to sort and filter; too wide for a page. */
    CYCLE_MATRIX("cycle-matrix", EnumSet.of(ReportFormat.XLSX, ReportFormat.HTML));

    private final String template;
    private final Set<ReportFormat> formats;

    ReportKind(String template, Set<ReportFormat> formats) {
        this.template = template;
        this.formats = formats;
    }

    public static ReportKind of(ReportData data) {
        if (data instanceof SecretaryGeneralReportData) {
            return SECRETARY_GENERAL_REPORT;
        } else if (data instanceof SessionReportData) {
            return SESSION_REPORT;
        } else if (data instanceof StateReturnData) {
            return STATE_RETURN;
        } else if (data instanceof CycleMatrixData) {
            return CYCLE_MATRIX;
        }
        throw new IllegalArgumentException("no report for " + data);
    }

    String template() {
        return template;
    }

    public Set<ReportFormat> formats() {
        return Set.copyOf(formats);
    }

    public boolean supports(ReportFormat format) {
        return formats.contains(format);
    }
}
