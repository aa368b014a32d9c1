package org.unodc.rt.reports.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The masthead of a UN document: symbol and distribution block, date, original language, the
 * session and the agenda item it is issued under.
 *
 * @param symbol e.g. "E/CN.15/2026/12"
 * @param distribution "General", "Limited" or "Restricted"
 * @param agendaItem e.g. "Item 6 of the provisional agenda"
 * @param agendaTitle the agenda item's title, e.g. "Integration and coordination of efforts by UNODC …"
 * @param issuedBy who the document is from: the line under its title
 */
public record DocumentHeader(
        String symbol,
        String distribution,
        LocalDate date,
        String originalLanguage,
        Session session,
        String agendaItem,
        String agendaTitle,
        ReportingEntity issuedBy) {

    public DocumentHeader {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(agendaItem, "agendaItem");
        agendaTitle = agendaTitle == null ? "" : agendaTitle;
        Objects.requireNonNull(issuedBy, "issuedBy");
    }

    /** The provisional agenda the agenda item belongs to: by convention the session's first document, E/CN.15/2026/1. */
    public String provisionalAgenda() {
        return "E/CN.15/" + session.year() + "/1";
    }
}
