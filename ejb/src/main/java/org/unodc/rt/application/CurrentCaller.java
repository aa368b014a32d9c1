package org.unodc.rt.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;

/**
 * Who is calling a service, as the container authenticated them. Services ask it rather than trusting anything the
 * page or the API client says about the caller.
 */
@Stateless
public class CurrentCaller {

    public static final String ANONYMOUS = "anonymous";

    @Resource
    EJBContext context;

    @Inject
    Accounts accounts;

    public String name() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equalsIgnoreCase(name) ? ANONYMOUS : name;
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(name());
    }

    public boolean is(Role role) {
        return context.isCallerInRole(role.name());
    }

    public boolean isStaff() {
        return is(Role.SECRETARIAT) || is(Role.ADMIN);
    }

    public Optional<UserAccount> account() {
        if (isAnonymous()) {
            return Optional.empty();
        }
        return accounts.findByUsername(name());
    }

    /** The State a focal point reports for; empty for everybody else. */
    public Optional<String> focalPointState() {
        if (!is(Role.FOCAL_POINT)) {
            return Optional.empty();
        }
        return account().filter(a -> a.state() != null).map(a -> a.state().iso3());
    }

    /** The caller's role in a State (focal point, contributor, observer); empty for staff and the public. */
    public Optional<Role> stateRole() {
        for (Role role : new Role[] {Role.FOCAL_POINT, Role.CONTRIBUTOR, Role.OBSERVER}) {
            if (is(role)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The State the caller reports for, in any of the State's roles; empty for everybody else. */
    public Optional<String> reportingState() {
        if (stateRole().isEmpty()) {
            return Optional.empty();
        }
        return account().filter(a -> a.state() != null).map(a -> a.state().iso3());
    }
}
