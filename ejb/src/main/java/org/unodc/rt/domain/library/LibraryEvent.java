package org.unodc.rt.domain.library;

import org.unodc.rt.domain.audit.AuditAction;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/** What happens in the library, as the audit trail records it: to one document, or to the search index. */
public sealed interface LibraryEvent extends Audited {

    /** An event about one document: the trail names it by id. */
    sealed interface OfDocument extends LibraryEvent {

        long documentId();

        @Override
        default String targetType() {
            return "LibraryDocument";
        }

        @Override
        default String targetId() {
            return String.valueOf(documentId());
        }
    }

    /**
     * The ways a document changes, each with the action the trail names it by. They carry the same facts, so they are
     * one event ({@link DocumentChanged}) rather than a record each.
     */
    enum Change {
        CREATED("LIBRARY_DOCUMENT_CREATED"),
        /** A focal point described a text of its State that the library lacks, to cite it in a return. */
        TEXT_DESCRIBED("LIBRARY_TEXT_DESCRIBED"),
        UPDATED("LIBRARY_DOCUMENT_UPDATED"),
        PUBLISHED("LIBRARY_DOCUMENT_PUBLISHED"),
        WITHDRAWN("LIBRARY_DOCUMENT_WITHDRAWN"),
        /** Recorded on the document the link is read from ("it amends …"); the other one is re-indexed too. */
        LINK_ADDED("LIBRARY_LINK_ADDED"),
        LINK_REMOVED("LIBRARY_LINK_REMOVED"),
        ORIGINAL_ATTACHED("LIBRARY_ORIGINAL_ATTACHED");

        private final String action;

        Change(String action) {
            this.action = action;
        }
    }

    /** A document changed: the trail names the change, the document by id, and its original title as it then was. */
    record DocumentChanged(Change change, long documentId, String title) implements OfDocument {

        @Override
        public String action() {
            return change.action;
        }

        @Override
        public AuditEvent.Outcome outcome() {
            return AuditEvent.Outcome.DONE;
        }

        @Override
        public String detail() {
            return title;
        }
    }

    /** Someone other than the secretariat asked for an unpublished document; answered as if it did not exist. */
    @AuditAction(value = "READ_UNPUBLISHED", outcome = AuditEvent.Outcome.DENIED)
    record UnpublishedRead(long documentId) implements OfDocument {}

    @AuditAction("INDEX_REBUILD_STARTED")
    record IndexRebuildStarted() implements LibraryEvent {

        @Override
        public String targetType() {
            return "LibraryIndex";
        }

        @Override
        public String targetId() {
            return null;
        }
    }
}
