package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
public class JpaMemberStates implements MemberStates {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<MemberState> all() {
        return em.createQuery("select s from MemberState s order by s.nameEn", MemberState.class)
                .getResultList();
    }

    @Override
    public Optional<MemberState> find(String iso3) {
        return Optional.ofNullable(em.find(MemberState.class, iso3));
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from MemberState s", Long.class).getSingleResult();
    }

    @Override
    public List<Instrument> instruments() {
        return em.createQuery("select i from Instrument i order by i.position", Instrument.class)
                .getResultList();
    }

    @Override
    public Optional<Instrument> findInstrument(String code) {
        return Optional.ofNullable(em.find(Instrument.class, code));
    }

    @Override
    public List<PartyStatus> partyStatusOf(String iso3) {
        return em.createQuery(
                        "select p from PartyStatus p join fetch p.instrument where p.state.iso3 = :iso3"
                                + " order by p.instrument.position",
                        PartyStatus.class)
                .setParameter("iso3", iso3)
                .getResultList();
    }

    @Override
    public List<PartyStatus> partiesTo(Instrument instrument) {
        return em.createQuery(
                        "select p from PartyStatus p join fetch p.state where p.instrument = :i"
                                + " order by p.state.nameEn",
                        PartyStatus.class)
                .setParameter("i", instrument)
                .getResultList();
    }

    @Override
    public Optional<PartyStatus> findPartyStatus(MemberState state, Instrument instrument) {
        return em.createQuery("select p from PartyStatus p where p.state = :s and p.instrument = :i", PartyStatus.class)
                .setParameter("s", state)
                .setParameter("i", instrument)
                .getResultStream()
                .findFirst();
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
        return em.createQuery(
                        "select c from PartyStatusChange c where c.instrumentCode = :code"
                                + " order by c.changedAt desc, c.id desc",
                        PartyStatusChange.class)
                .setParameter("code", instrumentCode)
                .getResultList();
    }

    @Override
    public Optional<StatusImport> latestImport(String instrumentCode) {
        return em.createQuery(
                        "select i from StatusImport i where i.instrumentCode = :code order by i.importedAt desc, i.id desc",
                        StatusImport.class)
                .setParameter("code", instrumentCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
