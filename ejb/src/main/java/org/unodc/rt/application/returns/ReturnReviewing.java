package org.unodc.rt.application.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.Returns;

/**
 * The secretariat reviews a submitted return: remarks on single answers or the whole return, sends it back to the
 * State for clarification, or accepts it (which locks it).
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class ReturnReviewing {

    @Inject
    CurrentCaller caller;

    @Inject
    Returns returns;

    @Inject
    Clock clock;

    @Inject
    CallerReturns reach;

    @Inject
    Event<Audited> events;

    /** A remark on the answer to one question (by position) or, with none, on the whole return. */
    public ReturnView comment(@NotNull Long returnId, Integer questionPosition, String body) {
        ImplementationReturn aReturn = reach.getForUpdate(returnId);
        aReturn.comment(questionPosition, body, caller.name(), Instant.now(clock));
        return reviewed(aReturn, new ReturnEvent.Commented(returnId, questionPosition, body));
    }

    /** Sends the return back to the State with the remarks made on its current version. */
    public ReturnView requestClarification(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.getForUpdate(returnId);
        aReturn.requestClarification(caller.name(), Instant.now(clock));
        return reviewed(
                aReturn,
                new ReturnEvent.ClarificationRequested(
                        returnId, aReturn.latestVersion().number()));
    }

    public ReturnView accept(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.getForUpdate(returnId);
        aReturn.accept(caller.name(), Instant.now(clock));
        return reviewed(
                aReturn,
                new ReturnEvent.Accepted(returnId, aReturn.latestVersion().number()));
    }

    private ReturnView reviewed(ImplementationReturn aReturn, ReturnEvent event) {
        returns.store(aReturn);
        events.fire(event);
        return reach.view(aReturn);
    }
}
