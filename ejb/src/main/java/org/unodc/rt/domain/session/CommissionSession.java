package org.unodc.rt.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/** A regular session of the Commission, known by its ordinal ("twenty-fourth session", 2015). */
@Entity
@Table(name = "commission_session")
public class CommissionSession implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ordinal", nullable = false, unique = true)
    private int ordinal;

    @Column(name = "session_year", nullable = false)
    private int year;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "place", length = 100)
    private String place;

    /**
     * The number the next report for this session gets in its symbol, E/CN.15/{year}/{number}. Number 1 is always the
     * session's provisional agenda.
     */
    @Column(name = "next_report_number", nullable = false)
    private int nextReportNumber = FIRST_REPORT_NUMBER;

    static final int FIRST_REPORT_NUMBER = 2;

    @Version
    private int version;

    protected CommissionSession() {}

    /** The Commission first met in 1992; a year far in the future is a typing error, not a plan. */
    public static final int FIRST_YEAR = 1992;

    public static final int LAST_YEAR = 2100;

    public CommissionSession(int ordinal, int year) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("A session ordinal starts at 1, not " + ordinal + ".");
        }
        this.ordinal = ordinal;
        this.year = checkedYear(year);
        this.place = "Vienna";
    }

    /**
     * A new session as the secretariat plans it: the ordinal never changes afterwards, because reporting mandates
     * and cycles name a session by it.
     */
    public static CommissionSession plan(int ordinal, int year, LocalDate startDate, LocalDate endDate, String place) {
        if (ordinal < 1) {
            throw new InvalidValue(Explanation.of("session.ordinalFromOne", String.valueOf(ordinal)));
        }
        CommissionSession session = new CommissionSession(ordinal, year);
        session.replan(year, startDate, endDate, place);
        return session;
    }

    /**
     * Corrects the year, the dates and the place. Dates are either both known or both open, fall in the session's
     * year, and the session does not end before it starts.
     */
    public void replan(int year, LocalDate startDate, LocalDate endDate, String place) {
        int checked = checkedYear(year);
        if ((startDate == null) != (endDate == null)) {
            throw new InvalidValue(Explanation.of("session.bothDatesOrNeither"));
        }
        if (startDate != null) {
            if (endDate.isBefore(startDate)) {
                throw new InvalidValue(
                        Explanation.of("session.endsBeforeStart", String.valueOf(endDate), String.valueOf(startDate)));
            }
            if (startDate.getYear() != checked || endDate.getYear() != checked) {
                throw new InvalidValue(Explanation.of(
                        "session.datesOutsideYear",
                        String.valueOf(checked),
                        String.valueOf(startDate),
                        String.valueOf(endDate)));
            }
        }
        String cleaned = place == null ? "" : place.strip();
        if (cleaned.isEmpty()) {
            throw new InvalidValue(Explanation.of("session.placeMissing"));
        }
        if (cleaned.length() > 100) {
            throw new InvalidValue(Explanation.of("session.placeTooLong"));
        }
        this.year = checked;
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = cleaned;
    }

    private static int checkedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidValue(Explanation.of(
                    "session.yearOutOfRange",
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR),
                    String.valueOf(year)));
        }
        return year;
    }

    public void schedule(LocalDate startDate, LocalDate endDate, String place) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "A session cannot end (" + endDate + ") before it starts (" + startDate + ").");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.place = place;
    }

    /**
     * The symbol of a new report for this session, E/CN.15/2026/11, from the session's sequence; the next report gets
     * the following number.
     */
    public String allocateReportSymbol() {
        nextReportNumber = Math.max(nextReportNumber, FIRST_REPORT_NUMBER);
        return reportSymbol(nextReportNumber++);
    }

    public String reportSymbol(int number) {
        return "E/CN.15/" + year + "/" + number;
    }

    /**
     * Where the sequence continues: the secretariat sets it to the first number the Secretariat's documents office has
     * left for the platform's reports (numbers before it are taken by the agenda and other documents).
     */
    public void numberReportsFrom(int next) {
        if (next < FIRST_REPORT_NUMBER || next > 9999) {
            throw new InvalidValue(Explanation.of("session.reportNumberRange", String.valueOf(next)));
        }
        this.nextReportNumber = next;
    }

    public int nextReportNumber() {
        return Math.max(nextReportNumber, FIRST_REPORT_NUMBER);
    }

    public Long id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public int year() {
        return year;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String place() {
        return place;
    }

    public int version() {
        return version;
    }
}
