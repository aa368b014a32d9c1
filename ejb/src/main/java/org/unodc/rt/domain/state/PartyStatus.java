package org.unodc.rt.domain.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;

/** A State's standing towards one instrument: what it deposited and when. Edited by the secretariat. */
@Entity
@Table(name = "party_status")
public class PartyStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_iso3", nullable = false)
    private MemberState state;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_code", nullable = false)
    private Instrument instrument;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20, nullable = false)
    private PartyAction action;

    @Column(name = "action_date", nullable = false)
    private LocalDate actionDate;

    /** When the State signed, if it did; a State may accede without signing. */
    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 20, nullable = false)
    private StatusSource source = StatusSource.SECRETARIAT;

    /** The day the source showed this status; for the secretariat's own entries, the day it entered it. */
    @Column(name = "as_of")
    private LocalDate asOf;

    @Version
    private int version;

    protected PartyStatus() {}

    public PartyStatus(MemberState state, Instrument instrument, PartyAction action, LocalDate actionDate) {
        this.state = Objects.requireNonNull(state, "state");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        record(action, actionDate);
    }

    /** Records a new deposit; an instrument cannot bind a State before it was adopted. */
    public void record(PartyAction action, LocalDate actionDate) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionDate, "actionDate");
        if (actionDate.isBefore(instrument.adoptedOn())) {
            throw new RejectedArgument(Explanation.of(
                    "state.partyBeforeAdoption",
                    String.valueOf(actionDate),
                    instrument.shortName(),
                    String.valueOf(instrument.adoptedOn())));
        }
        this.action = action;
        this.actionDate = actionDate;
    }

    /**
     * Takes the status a source shows as of a day: what was deposited and when, and the signature. Returns whether
     * anything the State did changed (the day and source alone do not count as a change).
     */
    public boolean takeFrom(
            StatusSource source, LocalDate asOf, PartyAction action, LocalDate actionDate, LocalDate signedOn) {
        boolean changed = this.action != action
                || !actionDate.equals(this.actionDate)
                || !java.util.Objects.equals(signedOn, this.signedOn);
        if (signedOn != null && signedOn.isBefore(instrument.adoptedOn())) {
            throw new RejectedArgument(Explanation.of(
                    "state.partyBeforeAdoption",
                    String.valueOf(signedOn),
                    instrument.shortName(),
                    String.valueOf(instrument.adoptedOn())));
        }
        record(action, actionDate);
        this.signedOn = signedOn;
        this.source = Objects.requireNonNull(source, "source");
        this.asOf = asOf;
        return changed;
    }

    public Long id() {
        return id;
    }

    public MemberState state() {
        return state;
    }

    public Instrument instrument() {
        return instrument;
    }

    public PartyAction action() {
        return action;
    }

    public LocalDate actionDate() {
        return actionDate;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public StatusSource source() {
        return source;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean isParty() {
        return action.makesParty();
    }
}
