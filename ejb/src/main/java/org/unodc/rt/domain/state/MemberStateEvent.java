package org.unodc.rt.domain.state;

import java.time.LocalDate;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** Corrections to the reference data on a Member State, as the audit trail records them; the target is the State. */
public sealed interface MemberStateEvent extends Audited {

    String iso3();

    @Override
    default String targetType() {
        return "MemberState";
    }

    @Override
    default String targetId() {
        return iso3();
    }

    @AuditAction("STATE_REGROUPED")
    record Regrouped(String iso3, RegionalGroup before, RegionalGroup after) implements MemberStateEvent {
        @Override
        public String detail() {
            return before + " -> " + after;
        }
    }

    /** Whether a second focal point clears each return of the State before it goes to the secretariat. */
    @AuditAction("STATE_CLEARANCE_SET")
    record ClearanceSet(String iso3, boolean required) implements MemberStateEvent {
        @Override
        public String detail() {
            return required
                    ? "returns need clearance by a second focal point"
                    : "returns go straight to the secretariat";
        }
    }

    @AuditAction("STATE_RENAMED")
    record Renamed(String iso3, UnLanguage language, String before, String after) implements MemberStateEvent {
        @Override
        public String detail() {
            return language.code() + ": \"" + before + "\" -> \"" + after + "\"";
        }
    }

    @AuditAction("PARTY_STATUS_RECORDED")
    record PartyStatusRecorded(String iso3, String instrumentCode, PartyAction partyAction, LocalDate date)
            implements MemberStateEvent {
        @Override
        public String detail() {
            return instrumentCode + " " + partyAction + " " + date;
        }
    }
}
