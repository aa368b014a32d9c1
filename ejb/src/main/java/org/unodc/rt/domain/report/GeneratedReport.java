package org.unodc.rt.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A report as generated, never changed afterwards: a new generation is a new record. */
@Entity
@Table(name = "generated_report")
public class GeneratedReport implements java.io.Serializable {

    public enum Kind {
        SECRETARY_GENERAL_REPORT,
        SESSION_REPORT,
        CYCLE_MATRIX
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false, updatable = false)
    private Kind kind;

    /** The document symbol, E/CN.15/2026/11; null for a spreadsheet, which is no document of the Commission. */
    @Column(name = "symbol", length = 60, updatable = false)
    private String symbol;

    @Column(name = "title", length = 1000, nullable = false, updatable = false)
    private String title;

    /** PDF, DOCX, XLSX, ODT or HTML (the reports module's format names). */
    @Column(name = "report_format", length = 10, nullable = false, updatable = false)
    private String format;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "resolution_id", updatable = false)
    private Long resolutionId;

    /** How many accepted returns the report was built from, and how many were still open at that moment. */
    @Column(name = "accepted_returns", nullable = false, updatable = false)
    private int acceptedReturns;

    @Column(name = "open_returns", nullable = false, updatable = false)
    private int openReturns;

    @Column(name = "conclusions", length = 20000, updatable = false)
    private String conclusions;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    protected GeneratedReport() {}

    public GeneratedReport(
            Kind kind,
            String symbol,
            String title,
            String format,
            long cycleId,
            Long resolutionId,
            int acceptedReturns,
            int openReturns,
            String conclusions,
            Instant createdAt,
            String createdBy) {
        this.kind = kind;
        this.symbol = symbol;
        this.title = title.length() > 1000 ? title.substring(0, 997) + "..." : title;
        this.format = format;
        this.cycleId = cycleId;
        this.resolutionId = resolutionId;
        this.acceptedReturns = acceptedReturns;
        this.openReturns = openReturns;
        this.conclusions = conclusions;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void written(long size) {
        this.fileSize = size;
    }

    /** The name of the stored file under the data directory: one per generation. */
    public String fileName() {
        return "report-" + id + "." + extension();
    }

    /** The name a download gets: the symbol, as UN files are named ("E-CN.15-2026-11.pdf"). */
    public String downloadName() {
        return (symbol == null
                        ? kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + id
                        : symbol.replace('/', '-'))
                + "." + extension();
    }

    private String extension() {
        return format.toLowerCase(Locale.ROOT);
    }

    public String symbol() {
        return symbol;
    }

    /** Whether this is the same document as the one asked for: same kind, cycle and resolution, any format. */
    public boolean isSameDocument(Kind kind, long cycleId, Long resolutionId) {
        return this.kind == kind
                && this.cycleId == cycleId
                && java.util.Objects.equals(this.resolutionId, resolutionId);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String format() {
        return format;
    }

    public long cycleId() {
        return cycleId;
    }

    public Long resolutionId() {
        return resolutionId;
    }

    public int acceptedReturns() {
        return acceptedReturns;
    }

    public int openReturns() {
        return openReturns;
    }

    public String conclusions() {
        return conclusions;
    }

    public long fileSize() {
        return fileSize;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
