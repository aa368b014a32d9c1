package org.unodc.rt.application.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
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

    /**
     * A return the caller may change something in: its own State's, as a focal point or contributor (the secretariat
     * reviews and observers read; neither edits).
     */
    ImplementationReturn changeable(Long returnId, String action) {
        return changeable(readable(returnId, action), action);
    }

    /** The same, locked until the transaction ends. */
    ImplementationReturn changeableForUpdate(Long returnId, String action) {
        return changeable(readableForUpdate(returnId, action), action);
    }

    /** A return whose answer to the question the caller may change: any for a focal point, its own for a contributor. */
    ImplementationReturn answerChangeable(Long returnId, Long questionId, String action) {
        ImplementationReturn aReturn = changeable(returnId, action);
        requireEditable(aReturn, List.of(aReturn.cycle().question(questionId)), action);
        return aReturn;
    }

    /** Refuses, and audits, a change to any answer the caller may not edit (a contributor's unassigned ones). */
    void requireEditable(ImplementationReturn aReturn, List<Question> questions, String action) {
        ReturnAccess access = access();
        List<String> refused = questions.stream()
                .filter(q -> !access.mayEdit(aReturn, q))
                .map(Question::label)
                .toList();
        if (!refused.isEmpty()) {
            throw new AccessDeniedException(Explanation.of("return.notAssignedToYou", String.join(", ", refused)))
                    .attempted(ReturnEvent.attempt(
                            action,
                            aReturn.id(),
                            "not assigned to " + caller.name() + ": " + String.join(", ", refused)));
        }
    }

    /** A return the caller manages (submits, carries over, assigns, clears): one of its State's focal points. */
    ImplementationReturn managedForUpdate(Long returnId, String action) {
        ImplementationReturn aReturn = readableForUpdate(returnId, action);
        if (!access().mayManage(aReturn)) {
            throw new AccessDeniedException(Explanation.of("return.onlyFocalPointsManage"))
                    .attempted(ReturnEvent.attempt(
                            action,
                            returnId,
                            "only a focal point of the State; caller is "
                                    + caller.stateRole().map(Enum::name).orElse("staff")));
        }
        return aReturn;
    }

    private ImplementationReturn changeable(ImplementationReturn aReturn, String action) {
        if (!access().mayChange(aReturn)) {
            throw new AccessDeniedException(Explanation.of("return.onlyFocalPointsChange"))
                    .attempted(ReturnEvent.attempt(
                            action,
                            aReturn.id(),
                            "only the State's focal points and contributors change its return; caller is "
                                    + caller.stateRole().map(Enum::name).orElse("staff")));
        }
        return aReturn;
    }

    /** A return whose history the caller may read: staff any, a focal point its own State's. */
    ImplementationReturn history(Long returnId) {
        ImplementationReturn aReturn = readable(returnId, "RETURN_HISTORY");
        if (!access().maySeeHistory(aReturn)) {
            throw new AccessDeniedException(Explanation.of("return.onlyFocalPointsManage"))
                    .attempted(ReturnEvent.attempt("RETURN_HISTORY", returnId, "history is for the focal points"));
        }
        return aReturn;
    }

    /** Whether the caller may read a return it reached some other way (through another return, say). */
    boolean mayRead(ImplementationReturn aReturn) {
        return access().mayRead(aReturn);
    }

    /** The State the caller reports for (as focal point, contributor or observer). */
    String myState() {
        return caller.reportingState().orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
    }

    /** What the caller may do to returns. */
    ReturnAccess access() {
        if (caller.isStaff()) {
            return ReturnAccess.staffMember();
        }
        Optional<Role> role = caller.stateRole();
        return ReturnAccess.of(role.orElse(null), caller.reportingState().orElse(null), caller.name());
    }

    /**
     * The return as pages and the API show it, with the attachments and citations of its answers, its questions in
     * the caller's language (their account's).
     */
    ReturnView view(ImplementationReturn aReturn) {
        return ReturnView.of(
                aReturn,
                ReturnView.Evidence.of(returns.attachmentsOf(aReturn), returns.citationsOf(aReturn)),
                readerLanguage(),
                access());
    }

    /** The language the caller reads in: the one their account keeps, English for an account without one. */
    UnLanguage readerLanguage() {
        return caller.account().flatMap(a -> UnLanguage.fromCode(a.locale())).orElse(Question.ORIGINAL);
    }

    private ImplementationReturn readable(ImplementationReturn aReturn, String action) {
        if (mayRead(aReturn)) {
            return aReturn;
        }
        Optional<String> mine = caller.reportingState();
        throw new AccessDeniedException(
                        mine.isPresent()
                                ? Explanation.of("return.otherState", mine.get())
                                : Explanation.of("return.otherStateNoState"))
                .attempted(ReturnEvent.attempt(
                        action,
                        aReturn.id(),
                        "return of " + aReturn.stateIso3() + "; caller reports for " + mine.orElse("no State")));
    }

    private static NotFoundException notFound(Long returnId) {
        return new NotFoundException(Explanation.of("return.notFound", String.valueOf(returnId)));
    }
}
