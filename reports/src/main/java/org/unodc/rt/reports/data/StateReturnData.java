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
        Audience audience)
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
    }

    public boolean isDraft() {
        return !status.isSubmitted();
    }
}
