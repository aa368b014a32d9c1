package org.unodc.rt.reports.data;

import java.util.Objects;

/** Report 1: the report of the Secretary-General on one resolution for one session. */
public record SecretaryGeneralReportData(
        DocumentHeader header, String title, String summary, ResolutionFindings findings) implements ReportData {

    public SecretaryGeneralReportData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(findings, "findings");
        summary = summary == null ? "" : summary;
    }
}
