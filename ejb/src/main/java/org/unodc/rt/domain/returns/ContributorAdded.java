package org.unodc.rt.domain.returns;

import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/**
 * A focal point added a colleague of the State (a contributor, an observer or another focal point): an account of the
 * State with no password yet. The trail keeps it under the new account.
 */
@AuditAction("CONTRIBUTOR_ADDED")
public record ContributorAdded(String username, String displayName, String email, String stateIso3, Role role)
        implements Audited {

    @Override
    public String targetType() {
        return "UserAccount";
    }

    @Override
    public String targetId() {
        return username;
    }

    @Override
    public String detail() {
        return displayName + " <" + email + "> reports for " + stateIso3 + " as " + role
                + "; no password yet (set with \"Forgot your password?\")";
    }
}
