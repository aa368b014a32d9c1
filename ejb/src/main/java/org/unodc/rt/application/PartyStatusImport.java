package org.unodc.rt.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.ParticipantMatcher;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.PartyStatusChange;
import org.unodc.rt.domain.state.StatusImport;
import org.unodc.rt.domain.state.StatusSource;
import org.unodc.rt.domain.state.StatusTable;
import org.unodc.rt.domain.state.StatusTableImported;

/**
 * Imports an instrument's status table from the UN Treaty Collection, the depositary's record: the table replaces
 * what the platform held for the instrument (a State no longer listed loses its status), every change is kept, and
 * the participants that are no Member State are told. A dry run reads and matches the same way and saves nothing.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class PartyStatusImport {

    /** A participant name no Member State goes by, with its line and whether the table shows it as a party. */
    public record Unmatched(int line, String participant, boolean party) implements Serializable {}

    /** What an import found and did. */
    public record Result(
            String instrument,
            LocalDate asOf,
            boolean dryRun,
            int participants,
            int parties,
            int signatories,
            int changes,
            List<Unmatched> unmatched)
            implements Serializable {}

    @Inject
    MemberStates states;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> events;

    /**
     * @param asOf the day the table showed the status; null for the latest date in the table, the earliest it can be
     */
    public Result importTable(@NotBlank String instrumentCode, String csv, LocalDate asOf, boolean dryRun) {
        Instrument instrument = states.findInstrument(instrumentCode)
                .orElseThrow(() -> new NotFoundException(Explanation.of("state.instrumentNotFound", instrumentCode)));
        StatusTable table = StatusTable.read(csv);
        LocalDate day = checkedAsOf(table, asOf);
        ParticipantMatcher matcher = ParticipantMatcher.of(states.all());
        Map<String, MemberState> byIso3 = new HashMap<>();
        states.all().forEach(s -> byIso3.put(s.iso3(), s));
        Map<String, PartyStatus> current = new HashMap<>();
        states.partiesTo(instrument).forEach(p -> current.put(p.state().iso3(), p));

        List<Unmatched> unmatched = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        int parties = 0;
        int signatories = 0;
        int changes = 0;
        String user = caller.name();
        Instant now = Instant.now(clock);
        for (StatusTable.Row row : table.rows()) {
            Optional<String> iso3 = matcher.match(row.participant());
            if (iso3.isEmpty()) {
                unmatched.add(new Unmatched(row.line(), row.participant(), row.party()));
                continue;
            }
            if (!listed.add(iso3.get())) {
                throw new InvalidInputException(Explanation.of("untc.sameState", row.line(), row.participant()));
            }
            if (row.party()) {
                parties++;
            } else {
                signatories++;
            }
            PartyStatus status = current.get(iso3.get());
            PartyAction actionBefore = status == null ? null : status.action();
            LocalDate dateBefore = status == null ? null : status.actionDate();
            boolean changed;
            try {
                if (status == null) {
                    status = new PartyStatus(byIso3.get(iso3.get()), instrument, row.kind(), row.actionDate());
                    status.takeFrom(StatusSource.UNTC, day, row.kind(), row.actionDate(), row.signed());
                    changed = true;
                    if (!dryRun) {
                        states.add(status);
                    }
                } else if (dryRun) {
                    changed = status.action() != row.kind()
                            || !status.actionDate().equals(row.actionDate())
                            || !java.util.Objects.equals(status.signedOn(), row.signed());
                } else {
                    changed = status.takeFrom(StatusSource.UNTC, day, row.kind(), row.actionDate(), row.signed());
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        Explanation.of("untc.row", row.line(), row.participant(), RejectedArgument.explain(e)));
            }
            if (changed) {
                changes++;
                if (!dryRun) {
                    states.add(new PartyStatusChange(
                            iso3.get(),
                            instrument.code(),
                            actionBefore,
                            dateBefore,
                            status,
                            StatusSource.UNTC,
                            day,
                            user,
                            now));
                }
            }
        }
        for (PartyStatus gone : current.values()) {
            if (!listed.contains(gone.state().iso3())) {
                changes++;
                if (!dryRun) {
                    states.add(new PartyStatusChange(
                            gone.state().iso3(),
                            instrument.code(),
                            gone.action(),
                            gone.actionDate(),
                            null,
                            StatusSource.UNTC,
                            day,
                            user,
                            now));
                    states.remove(gone);
                }
            }
        }
        if (!dryRun) {
            states.add(new StatusImport(
                    instrument.code(),
                    day,
                    table.rows().size(),
                    parties,
                    changes,
                    unmatched.stream().map(Unmatched::participant).toList(),
                    user,
                    now));
            events.fire(new StatusTableImported(instrument.code(), day, parties, changes, unmatched.size()));
        }
        return new Result(
                instrument.code(),
                day,
                dryRun,
                table.rows().size(),
                parties,
                signatories,
                changes,
                List.copyOf(unmatched));
    }

    /** The import history of an instrument's status, the latest change first. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public List<PartyStatusChange> history(@NotBlank String instrumentCode) {
        return states.changesTo(instrumentCode);
    }

    private LocalDate checkedAsOf(StatusTable table, LocalDate asOf) {
        LocalDate latest = table.latestDate();
        LocalDate today = LocalDate.now(clock);
        if (asOf == null) {
            return latest;
        }
        if (asOf.isBefore(latest)) {
            throw new InvalidInputException(
                    Explanation.of("untc.asOfBeforeLatest", String.valueOf(asOf), String.valueOf(latest)));
        }
        if (asOf.isAfter(today)) {
            throw new InvalidInputException(Explanation.of("untc.asOfFuture", String.valueOf(asOf)));
        }
        return asOf;
    }
}
