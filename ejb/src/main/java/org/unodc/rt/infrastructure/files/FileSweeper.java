package org.unodc.rt.infrastructure.files;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.infrastructure.DataDirectory;
import org.unodc.rt.infrastructure.cluster.OncePerCluster;

/**
 * Every night, removes the files under the files directory that neither an attachment of a return nor a library
 * document's original points to, once they are an hour old (younger ones may belong to an upload in flight). The
 * secretariat can run it at once.
 */
@Stateless
public class FileSweeper {

    private static final Logger LOG = Logger.getLogger(FileSweeper.class.getName());

    /** Longer than any upload takes between being staged and its transaction's end. */
    static final Duration GRACE = Duration.ofHours(1);

    @Inject
    Returns returns;

    @Inject
    LibraryDocuments documents;

    @Inject
    Event<Audited> events;

    @Inject
    OncePerCluster oncePerCluster;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Vienna", persistent = false)
    @PermitAll
    void nightly() {
        oncePerCluster.doToday("file-sweep", this::sweep);
    }

    /** Runs the nightly sweep now; says how many files and bytes it removed. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public FileSweep.Swept sweepNow() {
        FileSweep.Swept swept = sweep();
        events.fire(new FilesSwept(swept.files(), swept.bytes()));
        return swept;
    }

    private FileSweep.Swept sweep() {
        // Against the file system's clock, whose times the files carry.
        FileSweep.Swept swept = FileSweep.sweep(
                DataDirectory.files(), referenced(), Instant.now().minus(GRACE));
        LOG.info(() -> "File sweep: removed " + swept.files() + " files (" + swept.bytes()
                + " bytes) that no attachment or library original points to");
        return swept;
    }

    /** The files records point to, relative to the files directory. */
    private Set<String> referenced() {
        Set<String> paths = new HashSet<>(documents.originalFiles());
        returns.storedAttachments()
                .forEach(stored -> paths.add(AttachmentFiles.relativePath(stored.returnId(), stored.storageKey())));
        return paths;
    }
}
