package org.unodc.rt.domain.account;

/** What a signed-in user may do. The public (not signed in) has no role. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    /** Bound to one Member State: assigns questions, edits every answer, submits and clears the State's returns. */
    FOCAL_POINT,
    /** Bound to one Member State: edits only the answers a focal point assigned to them; never submits. */
    CONTRIBUTOR,
    /** Bound to one Member State (a Permanent Mission): reads the State's returns and gets copies of the mail. */
    OBSERVER;

    /** Role names as the container knows them, for {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String FOCAL_POINT_NAME = "FOCAL_POINT";
    public static final String CONTRIBUTOR_NAME = "CONTRIBUTOR";
    public static final String OBSERVER_NAME = "OBSERVER";

    /** Whether an account of this role reports for one Member State (and must name it). */
    public boolean reportsForState() {
        return this == FOCAL_POINT || this == CONTRIBUTOR || this == OBSERVER;
    }
}
