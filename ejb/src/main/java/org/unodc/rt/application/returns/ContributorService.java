package org.unodc.rt.application.returns;

import static org.unodc.rt.domain.account.Role.ADMIN_NAME;
import static org.unodc.rt.domain.account.Role.CONTRIBUTOR_NAME;
import static org.unodc.rt.domain.account.Role.FOCAL_POINT_NAME;
import static org.unodc.rt.domain.account.Role.OBSERVER_NAME;
import static org.unodc.rt.domain.account.Role.SECRETARIAT_NAME;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.returns.ContributorAdded;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;

/**
 * The people of a State who work on its returns, as a focal point manages them: the colleagues it adds (contributors
 * who answer the questions assigned to them, observers of the Permanent Mission who read, or further focal points),
 * and which contributor answers which question of a return.
 */
@Stateless
@AuditRefusals
public class ContributorService {

    /** A person who reports for the caller's State. {@code canSignIn}: has set a password. */
    public record Colleague(String username, String displayName, String email, String role, boolean canSignIn)
            implements java.io.Serializable {

        static Colleague of(UserAccount a) {
            return new Colleague(
                    a.username(), a.displayName(), a.email(), a.role().name(), a.enabled() && a.passwordHash() != null);
        }
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Accounts accounts;

    @Inject
    Event<Audited> events;

    @Inject
    MemberStates states;

    @Inject
    Returns returns;

    @Inject
    CallerReturns reach;

    @Inject
    Clock clock;

    /** Everyone who reports for the caller's State, the caller included, by name. */
    @RolesAllowed(FOCAL_POINT_NAME)
    public List<Colleague> myColleagues() {
        String iso3 = reach.myState();
        return accounts.all().stream()
                .filter(a -> a.reportsFor(iso3))
                .sorted(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(Colleague::of)
                .toList();
    }

    /** The State's enabled contributors, whom a focal point may give questions to. */
    @RolesAllowed(FOCAL_POINT_NAME)
    public List<Colleague> myContributors() {
        return myColleagues().stream()
                .filter(c -> Role.CONTRIBUTOR.name().equals(c.role()))
                .toList();
    }

    /**
     * Adds a colleague of the caller's own State, never of another one, in one of the State's roles. The account has
     * no password: the colleague sets one through the password-reset mail. A user name or e-mail address already
     * taken is refused with a message that says which.
     */
    @RolesAllowed(FOCAL_POINT_NAME)
    public Colleague addColleague(String username, String email, String displayName, @NotNull Role role) {
        if (!role.reportsForState()) {
            throw new InvalidInputException(Explanation.of("colleague.roleNotOfState", role.name()));
        }
        MemberState state = states.find(reach.myState()).orElseThrow();
        UserAccount account;
        try {
            account = UserAccount.ofState(username, email, displayName, role, state, Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        if (accounts.findByUsername(account.username()).isPresent()) {
            throw new InvalidInputException(Explanation.of("colleague.usernameTaken", account.username()));
        }
        // User names have no "@", so only an account with this address is found by it.
        if (accounts.findByLogin(account.email().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new InvalidInputException(Explanation.of("colleague.emailTaken", account.email()));
        }
        accounts.add(account);
        events.fire(
                new ContributorAdded(account.username(), account.displayName(), account.email(), state.iso3(), role));
        return Colleague.of(account);
    }

    /**
     * The focal point gives questions of a return to contributors of the State: question id to user name, a blank
     * name taking the question back. Every pair is checked before any is applied: an unknown question, or a person
     * who is not an enabled contributor of the return's State, refuses the whole request. Returns the assignments as
     * they stand.
     */
    @RolesAllowed(FOCAL_POINT_NAME)
    public Map<Long, String> assign(@NotNull Long returnId, @NotNull Map<Long, String> byQuestion) {
        ImplementationReturn aReturn = reach.managedForUpdate(returnId, "RETURN_ASSIGN");
        List<ReturnEvent.Assigned.Change> changes = new ArrayList<>();
        Map<Question, String> checked = new java.util.LinkedHashMap<>();
        for (Map.Entry<Long, String> entry : byQuestion.entrySet()) {
            if (entry.getKey() == null) {
                throw new InvalidInputException(Explanation.of("assignment.questionMissing"));
            }
            Question question = aReturn.cycle().question(entry.getKey());
            String username = entry.getValue() == null || entry.getValue().isBlank()
                    ? null
                    : entry.getValue().strip().toLowerCase(Locale.ROOT);
            if (username != null) {
                requireContributorOf(aReturn.stateIso3(), username);
            }
            checked.put(question, username);
        }
        checked.forEach((question, username) -> {
            if (aReturn.assign(question, username)) {
                changes.add(new ReturnEvent.Assigned.Change(question.id(), question.label(), username));
            }
        });
        if (!changes.isEmpty()) {
            returns.store(aReturn);
            events.fire(new ReturnEvent.Assigned(returnId, aReturn.stateIso3(), List.copyOf(changes)));
        }
        return aReturn.assignmentsById();
    }

    /** The assignments of a return, for those who may read it. */
    @RolesAllowed({SECRETARIAT_NAME, ADMIN_NAME, FOCAL_POINT_NAME, CONTRIBUTOR_NAME, OBSERVER_NAME})
    public Map<Long, String> assignments(@NotNull Long returnId) {
        return reach.readable(returnId, "RETURN_READ").assignmentsById();
    }

    private void requireContributorOf(String iso3, String username) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (account.isEmpty() || !account.get().reportsFor(iso3)) {
            // Another State's people are not told apart from nobody: the answer says nothing about them.
            throw new InvalidInputException(Explanation.of("assignment.notOfState", username));
        }
        if (account.get().role() != Role.CONTRIBUTOR || !account.get().enabled()) {
            throw new InvalidInputException(Explanation.of("assignment.notContributor", username));
        }
    }
}
