package org.unodc.rt.application.returns;

import java.util.Optional;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;

/** Who calls the return services in plain tests: a focal point, contributor or observer of a State, or the secretariat. */
final class Callers extends CurrentCaller {

    private final String name;
    private final Role role;
    private final String state;

    private Callers(String name, Role role, String state) {
        this.name = name;
        this.role = role;
        this.state = state;
    }

    static Callers focalPointOf(String iso3, String name) {
        return new Callers(name, Role.FOCAL_POINT, iso3);
    }

    static Callers contributorOf(String iso3, String name) {
        return new Callers(name, Role.CONTRIBUTOR, iso3);
    }

    static Callers observerOf(String iso3, String name) {
        return new Callers(name, Role.OBSERVER, iso3);
    }

    static Callers secretariat() {
        return new Callers("secretariat", Role.SECRETARIAT, null);
    }

    @Override
    public String name() {
        return name;
    }

    /** Known without an account to look up. */
    @Override
    public Optional<String> focalPointState() {
        return role == Role.FOCAL_POINT ? Optional.ofNullable(state) : Optional.empty();
    }

    @Override
    public Optional<String> reportingState() {
        return Optional.ofNullable(state);
    }

    /** Plain tests have no account store: every caller reads in the questionnaire's original language. */
    @Override
    public Optional<UserAccount> account() {
        return Optional.empty();
    }

    @Override
    public boolean is(Role role) {
        return this.role == role;
    }
}
