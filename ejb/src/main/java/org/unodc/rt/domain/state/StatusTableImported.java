package org.unodc.rt.domain.state;

import java.time.LocalDate;
import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** An instrument's status table imported from the UN Treaty Collection, as the audit trail records it. */
@AuditAction("PARTY_STATUS_IMPORTED")
public record StatusTableImported(String instrumentCode, LocalDate asOf, int parties, int changes, int unmatched)
        implements Audited {

    @Override
    public String targetType() {
        return "Instrument";
    }

    @Override
    public String targetId() {
        return instrumentCode;
    }

    @Override
    public String detail() {
        return "as of " + asOf + ": " + parties + " parties, " + changes + " changes, " + unmatched + " unmatched";
    }
}
