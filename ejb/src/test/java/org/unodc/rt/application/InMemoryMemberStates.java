package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.PartyStatusChange;
import org.unodc.rt.domain.state.StatusImport;

/** Member States known by code only (what the cycle services check), and party status in a list. */
public final class InMemoryMemberStates implements MemberStates {

    public final Map<String, MemberState> states = new LinkedHashMap<>();
    public final List<PartyStatus> partyStatus = new ArrayList<>();
    public final Map<String, Instrument> instruments = new LinkedHashMap<>();
    public final List<PartyStatusChange> changes = new ArrayList<>();
    public final List<StatusImport> imports = new ArrayList<>();

    /** A repository that knows these States, by ISO code. */
    public static InMemoryMemberStates of(String... iso3) {
        InMemoryMemberStates repository = new InMemoryMemberStates();
        for (String code : iso3) {
            repository.states.put(code, Entities.with(Entities.blank(MemberState.class), "iso3", code));
        }
        return repository;
    }

    @Override
    public List<MemberState> all() {
        return List.copyOf(states.values());
    }

    @Override
    public Optional<MemberState> find(String iso3) {
        return Optional.ofNullable(states.get(iso3));
    }

    @Override
    public long count() {
        return states.size();
    }

    @Override
    public List<Instrument> instruments() {
        return List.copyOf(instruments.values());
    }

    @Override
    public Optional<Instrument> findInstrument(String code) {
        return Optional.ofNullable(instruments.get(code));
    }

    @Override
    public List<PartyStatus> partyStatusOf(String iso3) {
        return partyStatus.stream().filter(p -> p.state().iso3().equals(iso3)).toList();
    }

    @Override
    public boolean anyPartyStatus() {
        return !partyStatus.isEmpty();
    }

    @Override
    public List<PartyStatus> partiesTo(Instrument instrument) {
        return partyStatus.stream()
                .filter(p -> p.instrument() == instrument)
                .sorted(Comparator.comparing(p -> p.state().iso3()))
                .toList();
    }

    @Override
    public Optional<PartyStatus> findPartyStatus(MemberState state, Instrument instrument) {
        return partyStatus.stream()
                .filter(p -> p.state() == state && p.instrument() == instrument)
                .findFirst();
    }

    @Override
    public void add(PartyStatus status) {
        partyStatus.add(status);
    }

    @Override
    public void remove(PartyStatus status) {
        partyStatus.remove(status);
    }

    @Override
    public void add(PartyStatusChange change) {
        changes.add(0, change);
    }

    @Override
    public void add(StatusImport statusImport) {
        imports.add(0, statusImport);
    }

    @Override
    public List<PartyStatusChange> changesTo(String instrumentCode) {
        return changes.stream()
                .filter(c -> c.instrumentCode().equals(instrumentCode))
                .toList();
    }

    @Override
    public Optional<StatusImport> latestImport(String instrumentCode) {
        return imports.stream()
                .filter(i -> i.instrumentCode().equals(instrumentCode))
                .findFirst();
    }
}
