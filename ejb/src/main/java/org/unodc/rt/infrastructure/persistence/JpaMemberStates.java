package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.PartyStatusChange;
import org.unodc.rt.domain.state.StatusImport;

/** Member States, instruments and party status in JPA; a party status is read with what its page shows. */
@ApplicationScoped
public class JpaMemberStates extends JpaRepository implements MemberStates {

    @Override
    public List<MemberState> all() {
        return list(MemberState.class, "select s from MemberState s order by s.nameEn");
    }

    @Override
    public Optional<MemberState> find(String iso3) {
        return Optional.ofNullable(em.find(MemberState.class, iso3));
    }

    @Override
    public long count() {
        return count("select count(s) from MemberState s");
    }

    @Override
    public List<Instrument> instruments() {
        return list(Instrument.class, "select i from Instrument i order by i.position");
    }

    @Override
    public Optional<Instrument> findInstrument(String code) {
        return Optional.ofNullable(em.find(Instrument.class, code));
    }

    @Override
    public List<PartyStatus> partyStatusOf(String iso3) {
        return list(
                PartyStatus.class,
                "select p from PartyStatus p join fetch p.instrument where p.state.iso3 = :iso3"
                        + " order by p.instrument.position",
                "iso3",
                iso3);
    }

    @Override
    public boolean anyPartyStatus() {
        return count("select count(p) from PartyStatus p") > 0;
    }

    @Override
    public List<PartyStatus> partiesTo(Instrument instrument) {
        return list(
                PartyStatus.class,
                "select p from PartyStatus p join fetch p.state where p.instrument = :i order by p.state.nameEn",
                "i",
                instrument);
    }

    @Override
    public Optional<PartyStatus> findPartyStatus(MemberState state, Instrument instrument) {
        return first(
                PartyStatus.class,
                "select p from PartyStatus p where p.state = :s and p.instrument = :i",
                "s",
                state,
                "i",
                instrument);
    }

    @Override
    public void add(PartyStatus status) {
        em.persist(status);
    }

    @Override
    public void remove(PartyStatus status) {
        em.remove(status);
    }

    @Override
    public void add(PartyStatusChange change) {
        em.persist(change);
    }

    @Override
    public void add(StatusImport statusImport) {
        em.persist(statusImport);
    }

    @Override
    public List<PartyStatusChange> changesTo(String instrumentCode) {
        return list(
                PartyStatusChange.class,
                "select c from PartyStatusChange c where c.instrumentCode = :code order by c.changedAt desc, c.id desc",
                "code",
                instrumentCode);
    }

    @Override
    public Optional<StatusImport> latestImport(String instrumentCode) {
        return query(
                        StatusImport.class,
                        "select i from StatusImport i where i.instrumentCode = :code"
                                + " order by i.importedAt desc, i.id desc",
                        "code",
                        instrumentCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
