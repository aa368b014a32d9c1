package org.unodc.rt.domain.report;

import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** What the audit trail records of reports. */
public sealed interface ReportEvent extends Audited {

    @AuditAction("REPORT_GENERATED")
    record Generated(Long reportId, String title) implements ReportEvent {
        @Override
        public String targetType() {
            return "GeneratedReport";
        }

        @Override
        public String targetId() {
            return String.valueOf(reportId);
        }

        @Override
        public String detail() {
            return title;
        }
    }
}
