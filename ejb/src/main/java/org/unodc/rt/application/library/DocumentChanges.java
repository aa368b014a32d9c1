package org.unodc.rt.application.library;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.IndexEvents;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryEvent;
import org.unodc.rt.infrastructure.search.LibraryIndexer;

/**
 * What every change to a document shares: it is signed and dated, and writes an index event in its own transaction,
 * so the index can never silently miss it; the indexer applies it once the transaction commits, and the audit trail
 * records it.
 */
@Dependent
public class DocumentChanges {

    @Inject
    LibraryDocuments documents;

    @Inject
    IndexEvents indexEvents;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** Tells the indexer, once the transaction commits. */
    @Inject
    Event<LibraryIndexer.Changed> changed;

    @Inject
    Event<Audited> events;

    /** A document the secretariat works on, published or not. */
    LibraryDocument get(long id) {
        return documents.find(id).orElseThrow(() -> noSuchDocument(id));
    }

    static NotFoundException noSuchDocument(long id) {
        return new NotFoundException(Explanation.of("library.noSuchDocument", String.valueOf(id)));
    }

    /** Who is changing a document, for its "updated by". */
    String by() {
        return caller.name();
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** Records that the document changed: by whom and when, for the index, and for the trail with its title. */
    void record(LibraryDocument document, LibraryEvent.Change change) {
        document.touch(by(), now());
        reindex(document);
        changed.fire(new LibraryIndexer.Changed());
        events.fire(new LibraryEvent.DocumentChanged(change, document.id(), document.titleOriginal()));
    }

    /**
     * Indexes the document again as part of a change recorded on another one (the other end of a link, which shows
     * it too).
     */
    void reindex(LibraryDocument document) {
        indexEvents.add(new IndexEvent(document.id(), IndexEvent.Action.UPSERT, now()));
    }
}
