package org.unodc.rt.application;

import org.unodc.rt.domain.account.Role;

/** A caller for plain tests of services: who is signed in and in which role. */
public final class SignedIn extends CurrentCaller {

    private final String name;
    private final Role role;

    private SignedIn(String name, Role role) {
        this.name = name;
        this.role = role;
    }

    public static SignedIn as(String name, Role role) {
        return new SignedIn(name, role);
    }

    /** Nobody signed in: the platform at start-up or a timer. */
    public static SignedIn nobody() {
        return new SignedIn(ANONYMOUS, null);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean is(Role role) {
        return role == this.role;
    }
}
