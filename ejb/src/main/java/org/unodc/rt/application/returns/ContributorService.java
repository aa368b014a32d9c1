package org.unodc.rt.application.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.returns.ContributorAdded;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;

/**
 * Colleagues who help a focal point fill in the State's returns. A focal point adds a colleague of the same State by
 * user name, e-mail and name; the colleague gets an account of that State with no password, and sets one with
 * "Forgot your password?" on the sign-in page.
 *
 * <p>The colleague is another focal point of the State: the platform has no separate contributor role yet, because
 * role names are woven into the page constraints and every service's {@code @RolesAllowed}; a role that may edit
 * but not submit is a change of its own.
 */
@Stateless
public class ContributorService {

    /** A person who reports for the caller's State. {@code canSignIn}: has set a password. */
    public record Colleague(String username, String displayName, String email, String role, boolean canSignIn) {

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
    Clock clock;

    /** Everyone who reports for the caller's State, the caller included, by name. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<Colleague> myColleagues() {
        String iso3 = myState();
        return accounts.all().stream()
                .filter(a -> a.state() != null && a.state().iso3().equals(iso3))
                .sorted(Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(Colleague::of)
                .toList();
    }

    /**
     * Adds a colleague as a contributor (a focal point) of the caller's own State, never of another one. The account
     * has no password: the colleague sets one through the password-reset mail. A user name or e-mail address already
     * taken is refused with a message that says which.
     */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public Colleague addColleague(String username, String email, String displayName) {
        MemberState state = states.find(myState()).orElseThrow();
        UserAccount account;
        try {
            account = UserAccount.focalPoint(username, email, displayName, state, Instant.now(clock));
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
        events.fire(new ContributorAdded(account.username(), account.displayName(), account.email(), state.iso3()));
        return Colleague.of(account);
    }

    private String myState() {
        return caller.focalPointState().orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
    }
}
