package org.unodc.rt.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A regular session of the Commission, known by its ordinal ("twenty-fourth session", 2015). */
@Entity
@Table(name = "commission_session")
public class CommissionSession {

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

    @Version
    private int version;

    protected CommissionSession() {}

    public CommissionSession(int ordinal, int year) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("A session ordinal starts at 1, not " + ordinal + ".");
        }
        this.ordinal = ordinal;
        this.year = year;
        this.place = "Vienna";
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
}
