package org.unodc.rt.domain.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One import of an instrument's status table from the UN Treaty Collection: as of which day, what it held, and the
 * participant names that are no Member State of the platform (the European Union, the Holy See …), kept as read.
 */
@Entity
@Table(name = "party_status_import")
public class StatusImport implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instrument_code", length = 20, nullable = false)
    private String instrumentCode;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "participants", nullable = false)
    private int participants;

    @Column(name = "parties", nullable = false)
    private int parties;

    @Column(name = "changes", nullable = false)
    private int changes;

    /** The unmatched names, one a line. */
    @Column(name = "unmatched", length = 4000)
    private String unmatched;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", length = 100, nullable = false)
    private String importedBy;

    protected StatusImport() {}

    public StatusImport(
            String instrumentCode,
            LocalDate asOf,
            int participants,
            int parties,
            int changes,
            List<String> unmatched,
            String importedBy,
            Instant importedAt) {
        this.instrumentCode = instrumentCode;
        this.asOf = asOf;
        this.participants = participants;
        this.parties = parties;
        this.changes = changes;
        String joined = String.join("\n", unmatched);
        this.unmatched = joined.length() > 4000 ? joined.substring(0, 4000) : joined;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long id() {
        return id;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int participants() {
        return participants;
    }

    public int parties() {
        return parties;
    }

    public int changes() {
        return changes;
    }

    public List<String> unmatched() {
        return unmatched == null || unmatched.isEmpty() ? List.of() : List.of(unmatched.split("\n"));
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
