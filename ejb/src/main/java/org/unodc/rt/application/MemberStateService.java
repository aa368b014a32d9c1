package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStateEvent;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.PartyStatusChange;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.StatusImport;
import org.unodc.rt.domain.state.StatusSource;
import org.unodc.rt.domain.state.UnLanguage;

/** Reads and corrects the reference data on Member States and their party status. */
@Stateless
@PermitAll
public class MemberStateService {

    @Inject
    MemberStates states;

    @Inject
    FocalPoints focalPoints;

    @Inject
    Event<Audited> events;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public List<MemberState> list() {
        return states.all();
    }

    public Optional<MemberState> findState(String iso3) {
        return iso3 == null ? Optional.empty() : states.find(iso3.strip().toUpperCase(Locale.ROOT));
    }

    public MemberState getState(String iso3) {
        return findState(iso3)
                .orElseThrow(() -> new NotFoundException(Explanation.of("state.notFound", String.valueOf(iso3))));
    }

    public List<Instrument> instruments() {
        return states.instruments();
    }

    public Instrument getInstrument(String code) {
        return states.findInstrument(code)
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("state.instrumentNotFound", String.valueOf(code))));
    }

    public List<PartyStatus> partyStatus(String iso3) {
        return states.partyStatusOf(iso3);
    }

    /** Every State's party status to one instrument, for the instrument's page; States not listed have none. */
    public List<PartyStatus> partiesTo(String instrumentCode) {
        return states.partiesTo(getInstrument(instrumentCode));
    }

    /** How many focal-point accounts (active or not) each State has, by ISO code; States with none are absent. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Map<String, Long> focalPointCounts() {
        return focalPoints.countByState();
    }

    /**
     * Corrects a State's regional group and any of its names in one step; only what differs is changed and audited.
     * Returns the State as saved.
     */
    /**
     * Whether the State's returns go to the secretariat only once a second focal point has cleared them (the State
     * asks for it; the secretariat records it). Audited when it changes.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public MemberState requireClearance(@NotBlank String iso3, boolean required) {
        MemberState state = getState(iso3);
        if (state.requiresClearance() != required) {
            state.requireClearance(required);
            events.fire(new MemberStateEvent.ClearanceSet(state.iso3(), required));
        }
        return state;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public MemberState correct(@NotBlank String iso3, RegionalGroup group, Map<UnLanguage, String> names) {
        MemberState state = getState(iso3);
        if (group != null && group != state.regionalGroup()) {
            RegionalGroup before = state.regionalGroup();
            state.countIn(group);
            events.fire(new MemberStateEvent.Regrouped(state.iso3(), before, group));
        }
        if (names != null) {
            for (Map.Entry<UnLanguage, String> name : names.entrySet()) {
                if (name.getKey() == null) {
                    throw new InvalidInputException(Explanation.of("state.nameLanguageMissing"));
                }
                String given = name.getValue() == null ? "" : name.getValue().strip();
                if (given.isEmpty()) {
                    throw new InvalidInputException(
                            Explanation.of("state.nameBlank", name.getKey().code()));
                }
                if (given.length() > 200) {
                    throw new InvalidInputException(
                            Explanation.of("state.nameTooLong", name.getKey().code()));
                }
                if (!given.equals(state.name(name.getKey()))) {
                    rename(state.iso3(), name.getKey(), given);
                }
            }
        }
        return state;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public void rename(@NotBlank String iso3, @NotNull UnLanguage language, @NotBlank String name) {
        MemberState state = getState(iso3);
        String before = state.name(language);
        try {
            state.rename(language, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        events.fire(new MemberStateEvent.Renamed(iso3, language, before, name.strip()));
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public PartyStatus recordPartyStatus(
            @NotBlank String iso3,
            @NotBlank String instrumentCode,
            @NotNull PartyAction action,
            @NotNull LocalDate date) {
        MemberState state = getState(iso3);
        Instrument instrument = getInstrument(instrumentCode);
        PartyStatus status = states.findPartyStatus(state, instrument).orElse(null);
        PartyAction actionBefore = status == null ? null : status.action();
        LocalDate dateBefore = status == null ? null : status.actionDate();
        LocalDate today = LocalDate.now(clock);
        try {
            if (status == null) {
                status = new PartyStatus(state, instrument, action, date);
                status.takeFrom(StatusSource.SECRETARIAT, today, action, date, signedOn(action, date, null));
                states.add(status);
            } else {
                status.takeFrom(
                        StatusSource.SECRETARIAT, today, action, date, signedOn(action, date, status.signedOn()));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        states.add(new PartyStatusChange(
                iso3,
                instrumentCode,
                actionBefore,
                dateBefore,
                status,
                StatusSource.SECRETARIAT,
                today,
                caller.name(),
                clock.instant()));
        events.fire(new MemberStateEvent.PartyStatusRecorded(iso3, instrumentCode, action, date));
        return status;
    }

    /** A signature entered as such is dated; a deposit keeps the signature already known. */
    private static LocalDate signedOn(PartyAction action, LocalDate date, LocalDate known) {
        return action == PartyAction.SIGNATURE_ONLY ? date : known;
    }

    /** The latest import of the instrument's status table from the UN Treaty Collection, if any. */
    public Optional<StatusImport> latestImport(String instrumentCode) {
        return states.latestImport(instrumentCode);
    }
}
