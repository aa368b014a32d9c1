package org.unodc.rt.domain.state;

import java.util.List;
import java.util.Optional;

/** The repository of the reference data: Member States, the instruments and each State's party status. */
public interface MemberStates {

    /** Every State, by English name. */
    List<MemberState> all();

    /** A State by its ISO 3166 alpha-3 code, in capitals. */
    Optional<MemberState> find(String iso3);

    /** A State's name in one language as the UN writes it, or its code if no State has it. */
    default String nameOf(String iso3, UnLanguage language) {
        return find(iso3).map(s -> s.name(language)).orElse(iso3);
    }

    long count();

    /** The instruments in their customary order (the Convention, then its Protocols, …). */
    List<Instrument> instruments();

    Optional<Instrument> findInstrument(String code);

    /** A State's party status to each instrument it has acted on, in the instruments' order. */
    List<PartyStatus> partyStatusOf(String iso3);

    /** Whether any State's party status is recorded at all. */
    boolean anyPartyStatus();

    /** Every State's party status to one instrument, by English name of the State. */
    List<PartyStatus> partiesTo(Instrument instrument);

    Optional<PartyStatus> findPartyStatus(MemberState state, Instrument instrument);

    void add(PartyStatus status);

    /** Ends a State's standing towards an instrument (it is no longer in the depositary's table). */
    void remove(PartyStatus status);

    void add(PartyStatusChange change);

    void add(StatusImport statusImport);

    /** The changes of status to an instrument, the latest first. */
    List<PartyStatusChange> changesTo(String instrumentCode);

    /** The latest import of the instrument's status table, if it was ever imported. */
    Optional<StatusImport> latestImport(String instrumentCode);
}
