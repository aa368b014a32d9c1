package org.unodc.rt.application.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.AccessDeniedException;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.state.MemberState;

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

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    /** Everyone who reports for the caller's State, the caller included. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public List<Colleague> myColleagues() {
        return em
                .createQuery(
                        "select u from UserAccount u where u.state.iso3 = :s order by u.displayName", UserAccount.class)
                .setParameter("s", myState())
                .getResultList()
                .stream()
                .map(Colleague::of)
                .toList();
    }

    /** Adds a colleague as a contributor (a focal point) of the caller's own State, never of another one. */
    @RolesAllowed(Role.FOCAL_POINT_NAME)
    public Colleague addColleague(String username, String email, String displayName) {
        MemberState state = em.find(MemberState.class, myState());
        UserAccount account;
        try {
            account = UserAccount.focalPoint(username, email, displayName, state, Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        createWithoutPassword(account);
        audit.done(
                caller.name(),
                "CONTRIBUTOR_ADDED",
                "UserAccount",
                account.username(),
                account.displayName() + " <" + account.email() + "> reports for " + state.iso3()
                        + "; no password yet (set with \"Forgot your password?\")");
        return Colleague.of(account);
    }

    /**
     * Stores a new account that has no password: the person sets one through the password-reset mail. Refuses a user
     * name or e-mail address already taken, with a message that says which. For any flow that creates accounts for
     * others (colleagues here; invitations by the secretariat or administrators).
     */
    @RolesAllowed({Role.FOCAL_POINT_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public UserAccount createWithoutPassword(UserAccount account) {
        if (account.passwordHash() != null) {
            throw new IllegalArgumentException("The account must be created without a password.");
        }
        if (taken("u.username = :v", account.username())) {
            throw new InvalidInputException(Explanation.of("colleague.usernameTaken", account.username()));
        }
        if (taken("u.email = :v", account.email().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(Explanation.of("colleague.emailTaken", account.email()));
        }
        em.persist(account);
        em.flush();
        return account;
    }

    private boolean taken(String condition, String value) {
        return em.createQuery("select count(u) from UserAccount u where " + condition, Long.class)
                        .setParameter("v", value)
                        .getSingleResult()
                > 0;
    }

    private String myState() {
        return caller.focalPointState().orElseThrow(() -> new AccessDeniedException(Explanation.of("account.noState")));
    }
}
