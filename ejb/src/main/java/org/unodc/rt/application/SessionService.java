package org.unodc.rt.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.domain.session.SessionEvent;
import org.unodc.rt.domain.session.Sessions;

/** The secretariat's record of Commission sessions: plan a new one, correct its year, dates and place. */
@Stateless
@PermitAll
public class SessionService {

    @Inject
    Sessions sessions;

    @Inject
    Event<Audited> events;

    /** Every session, the latest first. */
    public List<CommissionSession> list() {
        return sessions.all();
    }

    public Optional<CommissionSession> findSession(int ordinal) {
        return sessions.findByOrdinal(ordinal);
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
        sessions.add(session);
        events.fire(new SessionEvent.Planned(ordinal, SessionEvent.describe(session)));
        return session;
    }

    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public CommissionSession replan(int ordinal, int year, LocalDate startDate, LocalDate endDate, String place) {
        CommissionSession session = getSession(ordinal);
        String before = SessionEvent.describe(session);
        session.replan(year, startDate, endDate, place);
        events.fire(new SessionEvent.Changed(ordinal, before, SessionEvent.describe(session)));
        return session;
    }
}
