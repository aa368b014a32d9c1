package org.unodc.rt.domain.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;

/** The library's events as the audit trail records them: the action names it always had. */
class LibraryEventTest {

    @Test
    void everyChangeToADocumentIsDoneUnderTheActionTheTrailKnows() {
        assertThat(Arrays.stream(LibraryEvent.Change.values())
                        .map(change -> new LibraryEvent.DocumentChanged(change, 7, "Ley 30077")))
                .allSatisfy(e -> assertThat(e)
                        .extracting(Audited::targetType, Audited::targetId, Audited::detail, Audited::outcome)
                        .containsExactly("LibraryDocument", "7", "Ley 30077", AuditEvent.Outcome.DONE))
                .extracting(Audited::action)
                .containsExactly(
                        "LIBRARY_DOCUMENT_CREATED",
                        "LIBRARY_TEXT_DESCRIBED",
                        "LIBRARY_DOCUMENT_UPDATED",
                        "LIBRARY_DOCUMENT_PUBLISHED",
                        "LIBRARY_DOCUMENT_WITHDRAWN",
                        "LIBRARY_LINK_ADDED",
                        "LIBRARY_LINK_REMOVED",
                        "LIBRARY_ORIGINAL_ATTACHED");
    }

    @Test
    void readingAnUnpublishedDocumentIsADenialAndARebuildConcernsTheIndex() {
        assertThat(new LibraryEvent.UnpublishedRead(7))
                .extracting(Audited::action, Audited::targetType, Audited::targetId, Audited::detail, Audited::outcome)
                .containsExactly("READ_UNPUBLISHED", "LibraryDocument", "7", null, AuditEvent.Outcome.DENIED);
        assertThat(new LibraryEvent.IndexRebuildStarted())
                .extracting(Audited::action, Audited::targetType, Audited::targetId, Audited::outcome)
                .containsExactly("INDEX_REBUILD_STARTED", "LibraryIndex", null, AuditEvent.Outcome.DONE);
    }
}
