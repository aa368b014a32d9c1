package org.unodc.rt.application.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.AnswerContent;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.Publication;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;

/**
 * A State writes its return: a focal point starts it, saves answers (on top of the version it loaded), carries the
 * previous cycle's answers over and submits it, or asks another focal point to clear it where the State requires
 * clearance; a contributor saves the answers assigned to them; an observer only reads. Only the State's own people
 * reach it.
 */
@Stateless
@AuditRefusals
@RolesAllowed(Role.FOCAL_POINT_NAME)
public class ReturnDrafting {

    @Inject
    Returns returns;

    @Inject
    CurrentCaller caller;

    @Inject
    CycleService cycles;

    @Inject
    CallerReturns reach;

    @Inject
    Clock clock;

    @Inject
    MemberStates states;

    @Inject
    Event<Audited> events;

    /**
     * The caller's State's return in a cycle, if someone has started it. Reading never starts one: that is {@link
     * #startMyReturn}, an explicit action.
     */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME, Role.OBSERVER_NAME})
    public Optional<ReturnView> findMyReturn(@NotNull Long cycleId) {
        String iso3 = reach.myState();
        cycles.getVisibleCycle(cycleId);
        return returns.findOf(cycleId, iso3).map(reach::view);
    }

    /** The same, or a not-found that says the return has not been started. */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME, Role.OBSERVER_NAME})
    public ReturnView myReturn(@NotNull Long cycleId) {
        return findMyReturn(cycleId)
                .orElseThrow(
                        () -> new NotFoundException(Explanation.of("return.notStartedYet", String.valueOf(cycleId))));
    }

    /** "Start the return": a focal point starts the State's return in an open cycle; if it exists, that one. */
    public ReturnView startMyReturn(@NotNull Long cycleId) {
        String iso3 = reach.myState();
        ReportingCycle cycle = cycles.getVisibleCycle(cycleId);
        ImplementationReturn aReturn = returns.findOf(cycleId, iso3)
                .or(() -> returns.findOfLockingCycle(cycle, iso3))
                .orElseGet(() -> start(cycle, iso3));
        return reach.view(aReturn);
    }

    /**
     * Saves a draft on top of the version the caller loaded. If someone else saved in between, nothing is saved and
     * the caller gets both versions.
     */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME})
    public ReturnView saveDraft(
            @NotNull Long returnId, int expectedVersion, @NotNull List<@Valid AnswerInput> answers) {
        ImplementationReturn aReturn = reach.changeableForUpdate(returnId, "RETURN_SAVE");
        if (!aReturn.isAt(expectedVersion)) {
            ReturnView theirs = reach.view(aReturn);
            throw new EditConflict(
                            Explanation.of("return.editConflict", theirs.updatedBy(), String.valueOf(theirs.version())),
                            List.copyOf(answers),
                            theirs)
                    .attempted(ReturnEvent.attempt(
                            "RETURN_SAVE",
                            returnId,
                            "edit conflict: saved on version " + expectedVersion + ", current " + aReturn.version()));
        }
        Map<Question, AnswerContent> changes = new LinkedHashMap<>();
        for (AnswerInput input : answers) {
            changes.put(aReturn.cycle().question(input.questionId()), input.content());
        }
        // A contributor may send the whole form; only the answers it would change must be theirs.
        reach.requireEditable(aReturn, aReturn.questionsChangedBy(changes), "RETURN_SAVE");
        if (aReturn.saveDraft(changes, caller.name(), Instant.now(clock))) {
            stored(aReturn, ReturnEvent.Saved.of(returnId, changes));
        }
        return reach.view(aReturn);
    }

    public ReturnView submit(@NotNull Long returnId, boolean declaration) {
        return submit(returnId, declaration, Publication.DEFAULT);
    }

    /**
     * Submits with what the State allows the public to read once the return is accepted. Where the State requires
     * clearance, the return waits instead for a second focal point to {@link #clear} it.
     */
    public ReturnView submit(@NotNull Long returnId, boolean declaration, @NotNull Publication publication) {
        ImplementationReturn aReturn = reach.managedForUpdate(returnId, "RETURN_SUBMIT");
        if (states.find(aReturn.stateIso3()).map(MemberState::requiresClearance).orElse(false)) {
            aReturn.requestClearance(declaration, publication, caller.name(), Instant.now(clock));
            stored(aReturn, new ReturnEvent.ClearanceRequested(returnId, aReturn.stateIso3()));
        } else {
            ReturnVersion version = aReturn.submit(declaration, publication, caller.name(), clock);
            stored(aReturn, new ReturnEvent.Submitted(returnId, version.number(), version.onTime()));
        }
        return reach.view(aReturn);
    }

    /** A second focal point clears the return: it goes to the secretariat, as a submission would. */
    public ReturnView clear(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.managedForUpdate(returnId, "RETURN_CLEAR");
        String requestedBy = aReturn.clearanceRequestedBy();
        ReturnVersion version = aReturn.clear(caller.name(), clock);
        stored(aReturn, new ReturnEvent.Cleared(returnId, requestedBy, version.number()));
        events.fire(new ReturnEvent.Submitted(returnId, version.number(), version.onTime()));
        return reach.view(aReturn);
    }

    /** A second focal point sends the return back to the State for more work instead of clearing it. */
    public ReturnView refuseClearance(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.managedForUpdate(returnId, "RETURN_CLEAR");
        String requestedBy = aReturn.clearanceRequestedBy();
        aReturn.sendBackFromClearance(caller.name(), Instant.now(clock));
        stored(aReturn, new ReturnEvent.ClearanceRefused(returnId, requestedBy));
        return reach.view(aReturn);
    }

    /**
     * Fills the unanswered questions from the State's accepted answers of the previous cycle on the same resolution
     * and paragraph (or the same wording, for the secretariat's own questions), marked as carried over.
     */
    public ReturnView carryOver(@NotNull Long returnId) {
        ImplementationReturn aReturn = reach.managedForUpdate(returnId, "RETURN_CARRY_OVER");
        Map<Question, AnswerContent> previous = aReturn.answersCarriedFrom(returns.acceptedBefore(aReturn));
        int carried = aReturn.carryOver(previous, caller.name(), Instant.now(clock));
        if (carried > 0) {
            stored(aReturn, new ReturnEvent.CarriedOver(returnId, carried));
        }
        return reach.view(aReturn);
    }

    private ImplementationReturn start(ReportingCycle cycle, String iso3) {
        ImplementationReturn started = new ImplementationReturn(cycle, iso3, caller.name(), Instant.now(clock));
        returns.add(started);
        events.fire(new ReturnEvent.Started(started.id(), iso3, cycle.id()));
        return started;
    }

    private void stored(ImplementationReturn aReturn, ReturnEvent event) {
        returns.store(aReturn);
        events.fire(event);
    }
}
