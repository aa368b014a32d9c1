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

    public boolean isParty() {
        return action.makesParty();
    }
}
