package org.unodc.rt.infrastructure.files;

import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.Audited;

/** A sweep run on request removed the files no record points to, as the audit trail records it. */
@AuditAction("FILES_SWEPT")
public record FilesSwept(int files, long bytes) implements Audited {

    @Override
    public String targetType() {
        return "Files";
    }

    @Override
    public String targetId() {
        return null;
    }

    @Override
    public String detail() {
        return files + " unreferenced files, " + bytes + " bytes";
    }
}
