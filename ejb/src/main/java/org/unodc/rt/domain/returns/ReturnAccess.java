package org.unodc.rt.domain.returns;

/**
 * The isolation rule as a value: the secretariat and administrators read every return, a focal point only its own
 * State's; only the State's focal points change a return (answers, attachments, citations), and only while it is
 * editable by the State.
 *
 * @param staff whether the caller is secretariat or administrator
 * @param callerState the State the caller reports for, or null
 */
public record ReturnAccess(boolean staff, String callerState) {

    public static ReturnAccess staffMember() {
        return new ReturnAccess(true, null);
    }

    public static ReturnAccess focalPointOf(String iso3) {
        return new ReturnAccess(false, iso3);
    }

    public boolean mayRead(ImplementationReturn aReturn) {
        return staff || ownState(aReturn);
    }

    /** Whether the caller is the reporting State's own; the return's status is checked by the return itself. */
    public boolean mayChange(ImplementationReturn aReturn) {
        return ownState(aReturn);
    }

    private boolean ownState(ImplementationReturn aReturn) {
        return callerState != null && callerState.equals(aReturn.stateIso3());
    }
}
