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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.RegionalGroup;
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
                .orElseThrow(() -> new NotFoundException(Explanation.of("state.notFound", String.valueOf(iso3))));
    }

    public List<Instrument> instruments() {
        return em.createQuery("select i from Instrument i order by i.position", Instrument.class)
                .getResultList();
    }

    public Instrument getInstrument(String code) {
        return Optional.ofNullable(em.find(Instrument.class, code))
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("state.instrumentNotFound", String.valueOf(code))));
    }

    public List<PartyStatus> partyStatus(String iso3) {
        return em.createQuery(
                        "select p from PartyStatus p join fetch p.instrument where p.state.iso3 = :iso3"
                                + " order by p.instrument.position",
                        PartyStatus.class)
                .setParameter("iso3", iso3)
                .getResultList();
    }

    /** Every State's party status to one instrument, for the instrument's page; States not listed have none. */
    public List<PartyStatus> partiesTo(String instrumentCode) {
        Instrument instrument = getInstrument(instrumentCode);
        return em.createQuery(
                        "select p from PartyStatus p join fetch p.state where p.instrument = :i"
                                + " order by p.state.nameEn",
                        PartyStatus.class)
                .setParameter("i", instrument)
                .getResultList();
    }

    /** How many focal-point accounts (active or not) each State has, by ISO code; States with none are absent. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Map<String, Long> focalPointCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "select u.state.iso3, count(u) from UserAccount u where u.role = :role group by u.state.iso3",
                        Object[].class)
                .setParameter("role", Role.FOCAL_POINT)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Corrects a State's regional group and any of its names in one step; only what differs is changed and audited.
     * Returns the State as saved.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public MemberState correct(@NotBlank String iso3, RegionalGroup group, Map<UnLanguage, String> names) {
        MemberState state = getState(iso3);
        if (group != null && group != state.regionalGroup()) {
            RegionalGroup before = state.regionalGroup();
            state.countIn(group);
            audit.done(caller.name(), "STATE_REGROUPED", "MemberState", state.iso3(), before + " -> " + group);
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
            throw new InvalidInputException(RejectedArgument.explain(e));
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
