package org.unodc.rt.application.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAccess;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Returns as the caller may reach them, for the return services: the isolation rule ({@link ReturnAccess}) applied to
 * who is calling. A refused attempt is answered as if the caller had no right to it and carries what was attempted
 * to the audit trail (the services are {@code @AuditRefusals}).
 */
@Dependent
class CallerReturns {

    @Inject
    Returns returns;

    @Inject
    CurrentCaller caller;

    /** Any return, for the secretariat's review (the role was checked), locked like {@link #readableForUpdate}. */
    ImplementationReturn getForUpdate(Long returnId) {
        return returns.findForUpdate(returnId).orElseThrow(() -> notFound(returnId));
    }

    /** A return the caller may read: staff reach every return, a focal point only its own State's. */
    ImplementationReturn readable(Long returnId, String action) {
        return readable(returns.find(returnId).orElseThrow(() -> notFound(returnId)), action);
    }

    /** The same, locked until the transaction ends (see {@link Returns#findForUpdate}). */
    ImplementationReturn readableForUpdate(Long returnId, String action) {
        return readable(getForUpdate(returnId), action);
    }

    /** A return the caller may change: its own State's (the secretariat reviews, it does not edit). */
    ImplementationReturn changeable(Long returnId, String action) {
        ImplementationReturn aReturn = readable(returnId, action);
        if (!ReturnAccess.focalPointOf(caller.focalPointState().orElse(null)).mayChange(aReturn)) {
            throw new AccessDeniedException(Explanation.of("return.onlyFocalPointsChange"))
                    .attempted(ReturnEvent.attempt(action, returnId, "only the State changes its return"));
        }
        return aReturn;
    }

    /** Whether the caller may read a return it reached some other way (through another return, say). */
    boolean mayRead(ImplementationReturn aReturn) {
        return access().mayRead(aReturn);
    }

    /** The State the calling focal point reports for. */
    String myState() {
        return caller.focalPointState().orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
    }

    /**
     * The return as pages and the API show it, with the attachments and citations of its answers, its questions in
     * the caller's language (their account's).
     */
    ReturnView view(ImplementationReturn aReturn) {
        return ReturnView.of(
                aReturn,
                ReturnView.Evidence.of(returns.attachmentsOf(aReturn), returns.citationsOf(aReturn)),
                readerLanguage());
    }

    /** The language the caller reads in: the one their account keeps, English for an account without one. */
    UnLanguage readerLanguage() {
        return caller.account().flatMap(a -> UnLanguage.fromCode(a.locale())).orElse(Question.ORIGINAL);
    }

    private ImplementationReturn readable(ImplementationReturn aReturn, String action) {
        if (mayRead(aReturn)) {
            return aReturn;
        }
        Optional<String> mine = caller.focalPointState();
        throw new AccessDeniedException(
                        mine.isPresent()
                                ? Explanation.of("return.otherState", mine.get())
                                : Explanation.of("return.otherStateNoState"))
                .attempted(ReturnEvent.attempt(
                        action,
                        aReturn.id(),
                        "return of " + aReturn.stateIso3() + "; caller reports for " + mine.orElse("no State")));
    }

    private ReturnAccess access() {
        return caller.isStaff()
                ? ReturnAccess.staffMember()
                : ReturnAccess.focalPointOf(caller.focalPointState().orElse(null));
    }

    private static NotFoundException notFound(Long returnId) {
        return new NotFoundException(Explanation.of("return.notFound", String.valueOf(returnId)));
    }
}
