package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.session.CommissionSession;

/** The secretariat's record of Commission sessions: plan a new one, correct its year, dates and place. */
@Stateless
@PermitAll
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public List<CommissionSession> list() {
        return em.createQuery("select s from CommissionSession s order by s.ordinal desc", CommissionSession.class)
                .getResultList();
    }

    public Optional<CommissionSession> findSession(int ordinal) {
        return em.createQuery("select s from CommissionSession s where s.ordinal = :o", CommissionSession.class)
                .setParameter("o", ordinal)
                .getResultStream()
                .findFirst();
    }

    public CommissionSession getSession(int ordinal) {
        return findSession(ordinal)
                .orElseThrow(() -> new NotFoundException(Explanation.of("session.notFound", String.valueOf(ordinal))));
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CommissionSession plan(int ordinal, int year, LocalDate startDate, LocalDate endDate, String place) {
        if (findSession(ordinal).isPresent()) {
            throw new InvalidInputException(Explanation.of("session.alreadyRecorded", String.valueOf(ordinal)));
        }
        CommissionSession session = CommissionSession.plan(ordinal, year, startDate, endDate, place);
        em.persist(session);
        audit.done(caller.name(), "SESSION_PLANNED", "CommissionSession", String.valueOf(ordinal), describe(session));
        return session;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CommissionSession replan(int ordinal, int year, LocalDate startDate, LocalDate endDate, String place) {
        CommissionSession session = getSession(ordinal);
        String before = describe(session);
        session.replan(year, startDate, endDate, place);
        audit.done(
                caller.name(),
                "SESSION_CHANGED",
                "CommissionSession",
                String.valueOf(ordinal),
                before + " -> " + describe(session));
        return session;
    }

    private static String describe(CommissionSession s) {
        return s.year() + ", " + (s.startDate() == null ? "dates open" : s.startDate() + " to " + s.endDate()) + ", "
                + s.place();
    }
}
