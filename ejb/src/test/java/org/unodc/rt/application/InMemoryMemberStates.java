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

/** Member States known by code only (what the cycle services check), and party status in a list. */
public final class InMemoryMemberStates implements MemberStates {

    public final Map<String, MemberState> states = new LinkedHashMap<>();
    public final List<PartyStatus> partyStatus = new ArrayList<>();

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
        return List.of();
    }

    @Override
    public Optional<Instrument> findInstrument(String code) {
        return Optional.empty();
    }

    @Override
    public List<PartyStatus> partyStatusOf(String iso3) {
        return partyStatus.stream().filter(p -> p.state().iso3().equals(iso3)).toList();
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
}
