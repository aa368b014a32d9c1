package org.unodc.rt.domain.returns;

import java.util.Objects;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.Question;

/**
 * Who may do what to a return, as one value: the secretariat and administrators read every return; the people of a
 * State read only their State's. Of those, a focal point edits every answer, assigns questions, submits and clears; a
 * contributor edits only the answers assigned to them; an observer (a Permanent Mission) reads. Whether the return is
 * editable at all in its status is the return's own rule.
 *
 * @param role the caller's role, or null for nobody signed in
 * @param callerState the State the caller reports for, or null
 * @param username the caller's user name, or null
 */
public record ReturnAccess(Role role, String callerState, String username) {

    public static ReturnAccess staffMember() {
        return new ReturnAccess(Role.SECRETARIAT, null, null);
    }

    public static ReturnAccess focalPointOf(String iso3) {
        return new ReturnAccess(Role.FOCAL_POINT, iso3, null);
    }

    public static ReturnAccess of(Role role, String callerState, String username) {
        return new ReturnAccess(role, callerState, username);
    }

    public boolean isStaff() {
        return role == Role.SECRETARIAT || role == Role.ADMIN;
    }

    public boolean mayRead(ImplementationReturn aReturn) {
        return isStaff() || ownState(aReturn);
    }

    /** Whether the caller may change anything in the return: its State's focal points and contributors. */
    public boolean mayChange(ImplementationReturn aReturn) {
        return ownState(aReturn) && (role == Role.FOCAL_POINT || role == Role.CONTRIBUTOR);
    }

    /** Whether the caller may change the answer to this question: a focal point any, a contributor its own. */
    public boolean mayEdit(ImplementationReturn aReturn, Question question) {
        if (!ownState(aReturn)) {
            return false;
        }
        return role == Role.FOCAL_POINT
                || (role == Role.CONTRIBUTOR
                        && username != null
                        && aReturn.assigneeOf(question).filter(username::equals).isPresent());
    }

    /** Submitting, carrying over, starting and assigning are a focal point's. */
    public boolean mayManage(ImplementationReturn aReturn) {
        return ownState(aReturn) && role == Role.FOCAL_POINT;
    }

    /** Whether the caller may start the State's return in a cycle: one of its focal points. */
    public boolean mayStartFor(String iso3) {
        return role == Role.FOCAL_POINT && Objects.equals(callerState, iso3);
    }

    /** Clearance is a second pair of eyes: a focal point of the State other than the one who asked for it. */
    public boolean mayClear(ImplementationReturn aReturn) {
        return mayManage(aReturn)
                && aReturn.clearanceRequestedBy() != null
                && !aReturn.clearanceRequestedBy().equals(username);
    }

    /** Who changed what: the secretariat, and the State's focal points for their own return. */
    public boolean maySeeHistory(ImplementationReturn aReturn) {
        return isStaff() || mayManage(aReturn);
    }

    private boolean ownState(ImplementationReturn aReturn) {
        return role != null && role.reportsForState() && callerState != null && callerState.equals(aReturn.stateIso3());
    }
}
