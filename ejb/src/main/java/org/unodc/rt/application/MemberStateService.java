package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.UnLanguage;

/** Reads and corrects the reference data on Member States and their party status. */
@Stateless
@PermitAll
public class MemberStateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public List<MemberState> list() {
        return em.createQuery("select s from MemberState s order by s.nameEn", MemberState.class)
                .getResultList();
    }

    public Optional<MemberState> findState(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(MemberState.class, iso3.strip().toUpperCase(Locale.ROOT)));
    }

    public MemberState getState(String iso3) {
        return findState(iso3)
                .orElseThrow(() -> new NotFoundException("There is no Member State with the code \"" + iso3
                        + "\"; use an ISO 3166 alpha-3 code" + " such as PER or ZAF."));
    }

    public List<Instrument> instruments() {
        return em.createQuery("select i from Instrument i order by i.position", Instrument.class)
                .getResultList();
    }

    public Instrument getInstrument(String code) {
        return Optional.ofNullable(em.find(Instrument.class, code))
                .orElseThrow(() -> new NotFoundException("There is no instrument with the code \"" + code + "\"."));
    }

    public List<PartyStatus> partyStatus(String iso3) {
        return em.createQuery(
                        "select p from PartyStatus p join fetch p.instrument where p.state.iso3 = :iso3"
                                + " order by p.instrument.position",
                        PartyStatus.class)
                .setParameter("iso3", iso3)
                .getResultList();
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public void rename(@NotBlank String iso3, @NotNull UnLanguage language, @NotBlank String name) {
        MemberState state = getState(iso3);
        String before = state.name(language);
        try {
            state.rename(language, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        audit.done(
                caller.name(),
                "STATE_RENAMED",
                "MemberState",
                iso3,
                language.code() + ": \"" + before + "\" -> \"" + name.strip() + "\"");
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public PartyStatus recordPartyStatus(
            @NotBlank String iso3,
            @NotBlank String instrumentCode,
            @NotNull PartyAction action,
            @NotNull LocalDate date) {
        MemberState state = getState(iso3);
        Instrument instrument = getInstrument(instrumentCode);
        PartyStatus status = em.createQuery(
                        "select p from PartyStatus p where p.state = :s and p.instrument = :i", PartyStatus.class)
                .setParameter("s", state)
                .setParameter("i", instrument)
                .getResultStream()
                .findFirst()
                .orElse(null);
        try {
            if (status == null) {
                status = new PartyStatus(state, instrument, action, date);
                em.persist(status);
            } else {
                status.record(action, date);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        audit.done(
                caller.name(),
                "PARTY_STATUS_RECORDED",
                "MemberState",
                iso3,
                instrumentCode + " " + action + " " + date);
        return status;
    }
}
