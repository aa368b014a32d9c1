package org.unodc.rt.domain.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a State's standing towards an instrument, kept for ever: what it was, what it became, from which
 * source as of which day, who recorded it and when. A status that ends (a State no longer in the depositary's table)
 * is a change with nothing after it.
 */
@Entity
@Table(name = "party_status_change")
public class PartyStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "state_iso3", length = 3, nullable = false)
    private String stateIso3;

    @Column(name = "instrument_code", length = 20, nullable = false)
    private String instrumentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_before", length = 20)
    private PartyAction actionBefore;

    @Column(name = "date_before")
    private LocalDate dateBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_after", length = 20)
    private PartyAction actionAfter;

    @Column(name = "date_after")
    private LocalDate dateAfter;

    @Column(name = "signed_after")
    private LocalDate signedAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    private StatusSource source;

    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    protected PartyStatusChange() {}

    /**
     * @param before the status before, null when the State had none
     * @param after the status after, null when it has none any more
     */
    public PartyStatusChange(
            String stateIso3,
            String instrumentCode,
            PartyAction actionBefore,
            LocalDate dateBefore,
            PartyStatus after,
            StatusSource source,
            LocalDate asOf,
            String changedBy,
            Instant changedAt) {
        this.stateIso3 = stateIso3;
        this.instrumentCode = instrumentCode;
        this.actionBefore = actionBefore;
        this.dateBefore = dateBefore;
        if (after != null) {
            this.actionAfter = after.action();
            this.dateAfter = after.actionDate();
            this.signedAfter = after.signedOn();
        }
        this.source = source;
        this.asOf = asOf;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long id() {
        return id;
    }

    public String stateIso3() {
        return stateIso3;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public PartyAction actionBefore() {
        return actionBefore;
    }

    public LocalDate dateBefore() {
        return dateBefore;
    }

    public PartyAction actionAfter() {
        return actionAfter;
    }

    public LocalDate dateAfter() {
        return dateAfter;
    }

    public LocalDate signedAfter() {
        return signedAfter;
    }

    public StatusSource source() {
        return source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
