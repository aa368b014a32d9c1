package org.unodc.rt.domain.account;

/** What a signed-in user may do. The public (not signed in) has no role. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    /** Bound to one Member State; sees and changes only that State's returns. */
    FOCAL_POINT;

    /** Role names as the container knows them, for {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String FOCAL_POINT_NAME = "FOCAL_POINT";
}
