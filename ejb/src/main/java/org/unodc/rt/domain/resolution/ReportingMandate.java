package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.unodc.rt.domain.session.CommissionSession;

/**
 * What a resolution asks to be reported, by whom, to which body and at which session ("report to the Commission
 * at its twenty-fourth session"). Mandates addressed to the Commission feed that session's agenda.
 */
@Entity
@Table(name = "reporting_mandate")
public class ReportingMandate implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "para_number", nullable = false)
    private int paragraph;

    @Column(name = "reporter", length = 200)
    private String reporter;

    /** CCPCJ, GA, ECOSOC or CND. */
    @Column(name = "report_to", length = 20, nullable = false)
    private String reportTo;

    @Column(name = "session_ordinal")
    private Integer sessionOrdinal;

    /** Set when the mandate falls on a Commission session the platform knows. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private CommissionSession session;

    protected ReportingMandate() {}

    ReportingMandate(Resolution resolution, int paragraph, String reporter, String reportTo, Integer sessionOrdinal) {
        this.resolution = Objects.requireNonNull(resolution);
        this.paragraph = paragraph;
        this.reporter = reporter;
        this.reportTo = Objects.requireNonNull(reportTo, "reportTo");
        this.sessionOrdinal = sessionOrdinal;
    }

    public void fallsOn(CommissionSession session) {
        if (session != null && sessionOrdinal != null && session.ordinal() != sessionOrdinal) {
            throw new IllegalArgumentException(
                    "The mandate asks for session " + sessionOrdinal + ", not " + session.ordinal() + ".");
        }
        this.session = session;
    }

    public boolean isForCommission() {
        return "CCPCJ".equals(reportTo);
    }

    public Long id() {
        return id;
    }

    public Resolution resolution() {
        return resolution;
    }

    public int paragraph() {
        return paragraph;
    }

    public String reporter() {
        return reporter;
    }

    public String reportTo() {
        return reportTo;
    }

    public Integer sessionOrdinal() {
        return sessionOrdinal;
    }

    public CommissionSession session() {
        return session;
    }
}
