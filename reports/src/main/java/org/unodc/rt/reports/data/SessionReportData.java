package org.unodc.rt.reports.data;

import java.util.List;
import java.util.Objects;

/**
 * Report 2: the consolidated progress report for a session, one chapter per resolution with a
 * reporting mandate at that session, each with its own conclusions, and the secretariat's overall
 * conclusions once at the end. The table of contents is built from the chapters.
 *
 * @param conclusions the overall conclusions and recommendations; empty for none
 */
public record SessionReportData(
        DocumentHeader header, String title, String summary, List<ResolutionFindings> resolutions, String conclusions)
        implements ReportData {

    public SessionReportData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        resolutions = List.copyOf(resolutions);
        conclusions = conclusions == null ? "" : conclusions.strip();
    }
}
