package org.unodc.rt.application.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryEvent;
import org.unodc.rt.infrastructure.search.LibraryIndexer;

/**
 * What the public can read and find: the secretariat publishes a completed document and withdraws it again, and looks
 * after the search index that serves them.
 */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
public class LibraryPublishing {

    @Inject
    DocumentChanges changes;

    @Inject
    LibraryIndexer indexer;

    @Inject
    Event<Audited> events;

    /** Makes the document public and searchable; one without text is refused. */
    public LibraryDocument publish(long id) {
        LibraryDocument document = changes.get(id);
        try {
            document.publish();
        } catch (RuleViolation e) {
            throw new InvalidInputException(e.explanation());
        }
        changes.record(document, LibraryEvent.Change.PUBLISHED);
        return document;
    }

    /** Takes the document out of the public's view and out of the index; the secretariat still sees it. */
    public LibraryDocument withdraw(long id) {
        LibraryDocument document = changes.get(id);
        document.withdraw();
        changes.record(document, LibraryEvent.Change.WITHDRAWN);
        return document;
    }

    /** Starts rebuilding the index from the database in the background; search keeps working meanwhile. */
    public void rebuildIndex() {
        events.fire(new LibraryEvent.IndexRebuildStarted());
        indexer.rebuild();
    }

    /** The documents in the index, changes not applied yet, and how a rebuild stands. */
    public IndexState indexState() {
        return new IndexState(indexer.stats().documents(), indexer.waiting(), indexer.progress());
    }
}
