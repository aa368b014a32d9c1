package org.unodc.rt.reports.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Report 3: one State's return as submitted, printed for the State (its own record) or for the
 * secretariat (with the reviewers' notes). A return not yet submitted carries a DRAFT watermark.
 *
 * @param submittedAt null while never submitted
 * @param declaration the declaration the focal point made on submission; empty for a draft
 * @param language BCP 47 tag of the reader's language: the document's headings, labels, status names and dates are
 *     written in it (English when it is not a UN language); Arabic is laid out right to left
 */
public record StateReturnData(
        String state,
        String cycle,
        Session session,
        ReturnStatus status,
        LocalDateTime submittedAt,
        String submittedBy,
        String declaration,
        List<ReturnSection> sections,
        Audience audience,
        String language)
        implements ReportData {

    /** Who the copy is for. */
    public enum Audience {
        STATE,
        SECRETARIAT
    }

    public StateReturnData {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audience, "audience");
        submittedBy = submittedBy == null ? "" : submittedBy;
        declaration = declaration == null ? "" : declaration;
        sections = List.copyOf(sections);
        language = language == null || language.isBlank() ? "en" : language;
    }

    public boolean isDraft() {
        return !status.isSubmitted();
    }
}
