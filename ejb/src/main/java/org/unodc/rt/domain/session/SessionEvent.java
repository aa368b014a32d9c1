package org.unodc.rt.domain.session;

import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** What the secretariat records of Commission sessions, as the audit trail keeps it; the target is the ordinal. */
public sealed interface SessionEvent extends Audited {

    int ordinal();

    @Override
    default String targetType() {
        return "CommissionSession";
    }

    @Override
    default String targetId() {
        return String.valueOf(ordinal());
    }

    /** A session as the trail describes it: year, dates and place. */
    static String describe(CommissionSession s) {
        return s.year() + ", " + (s.startDate() == null ? "dates open" : s.startDate() + " to " + s.endDate()) + ", "
                + s.place();
    }

    /** @param detail the session as planned, see {@link #describe} */
    @AuditAction("SESSION_PLANNED")
    record Planned(int ordinal, String detail) implements SessionEvent {}

    /** The year, dates or place corrected; {@code before} and {@code after} as {@link #describe} puts them. */
    @AuditAction("SESSION_CHANGED")
    record Changed(int ordinal, String before, String after) implements SessionEvent {
        @Override
        public String detail() {
            return before + " -> " + after;
        }
    }
}
