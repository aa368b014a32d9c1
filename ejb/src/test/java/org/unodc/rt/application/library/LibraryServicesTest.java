package org.unodc.rt.application.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryIndexEvents;
import org.unodc.rt.application.InMemoryLibraryDocuments;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.InMemoryResolutions;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.SignedIn;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.library.IndexEvent;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryEvent;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.infrastructure.search.LibraryIndexer;
import org.unodc.rt.search.DocumentType;

/** The secretariat's cataloguing and publishing, and what readers see of it, on a library in memory. */
class LibraryServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InMemoryLibraryDocuments documents = new InMemoryLibraryDocuments();
    private final InMemoryIndexEvents indexEvents = new InMemoryIndexEvents();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final RecordingEvent<LibraryIndexer.Changed> changed = new RecordingEvent<>();
    private final List<Audited> refused = new ArrayList<>();
    private final DocumentChanges changes = new DocumentChanges();
    private final LibraryCataloguing cataloguing = new LibraryCataloguing();
    private final LibraryPublishing publishing = new LibraryPublishing();
    private final LibraryReading reading = new LibraryReading();

    @BeforeEach
    void setUp() {
        changes.documents = documents;
        changes.indexEvents = indexEvents;
        changes.changed = changed;
        changes.events = events;
        changes.caller = SignedIn.as("secretariat", Role.SECRETARIAT);
        changes.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cataloguing.documents = documents;
        cataloguing.changes = changes;
        publishing.changes = changes;
        publishing.events = events;
        reading.documents = documents;
        reading.resolutions = new InMemoryResolutions();
        reading.states = InMemoryMemberStates.of("PER");
        reading.caller = SignedIn.as("secretariat", Role.SECRETARIAT);
        reading.audit = new AuditLog() {
            @Override
            public void refused(Audited attempt, AuditEvent.Outcome outcome) {
                refused.add(attempt);
            }
        };
    }

    @Test
    void publishingWritesAnIndexEventWithTheChangeAndTheTrailKeepsTheTitle() {
        LibraryDocument law = catalogued("Ley contra el crimen organizado", "Texto de la ley.");
        clear();

        publishing.publish(law.id());

        assertThat(law.published()).isTrue();
        assertThat(indexEvents.events)
                .extracting(IndexEvent::documentId, IndexEvent::action, IndexEvent::createdAt)
                .containsExactly(tuple(law.id(), IndexEvent.Action.UPSERT, NOW));
        assertThat(changed.fired).hasSize(1);
        assertThat(events.fired).singleElement().satisfies(e -> {
            assertThat(e)
                    .isEqualTo(new LibraryEvent.DocumentChanged(
                            LibraryEvent.Change.PUBLISHED, law.id(), "Ley contra el crimen organizado"));
            assertThat(e.action()).isEqualTo("LIBRARY_DOCUMENT_PUBLISHED");
            assertThat(e.targetType()).isEqualTo("LibraryDocument");
            assertThat(e.targetId()).isEqualTo(String.valueOf(law.id()));
            assertThat(e.detail()).isEqualTo("Ley contra el crimen organizado");
            assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DONE);
        });
        assertThat(law.updatedBy()).isEqualTo("secretariat");
    }

    @Test
    void aDocumentWithoutTextIsNotPublishedAndNothingIsWritten() {
        LibraryDocument law = catalogued("Ley sin texto", null);
        clear();

        assertThatThrownBy(() -> publishing.publish(law.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("text");

        assertThat(law.published()).isFalse();
        assertThat(indexEvents.events).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void aWithdrawnDocumentIsIndexedAgainAndNoLongerShownToThePublic() {
        LibraryDocument law = catalogued("Ley contra el crimen organizado", "Texto de la ley.");
        publishing.publish(law.id());
        clear();

        publishing.withdraw(law.id());

        assertThat(law.published()).isFalse();
        assertThat(indexEvents.events)
                .extracting(IndexEvent::documentId, IndexEvent::action)
                .containsExactly(tuple(law.id(), IndexEvent.Action.UPSERT));
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo("LIBRARY_DOCUMENT_WITHDRAWN"));
        reading.caller = SignedIn.as("fp.peru", Role.FOCAL_POINT);
        assertThatThrownBy(() -> reading.view(law.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no published library document with the id " + law.id() + ".");
        assertThat(refused).singleElement().satisfies(a -> assertThat(a)
                .extracting(Audited::action, Audited::targetType, Audited::targetId, Audited::outcome)
                .containsExactly(
                        "READ_UNPUBLISHED", "LibraryDocument", String.valueOf(law.id()), AuditEvent.Outcome.DENIED));
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedAndChangesNothing() {
        LibraryDocument law = catalogued("Ley contra el crimen organizado", "Texto de la ley.");
        Entities.with(law, "version", 2); // saved twice since it was opened
        clear();

        assertThatThrownBy(() -> cataloguing.update(law.id(), 1, draft("Otro título", "Otro texto")))
                .isInstanceOf(EditConflict.class)
                .hasMessageContaining("you had version");

        assertThat(law.titleOriginal()).isEqualTo("Ley contra el crimen organizado");
        assertThat(law.text()).isEqualTo("Texto de la ley.");
        assertThat(indexEvents.events).isEmpty();
        assertThat(events.fired).isEmpty();

        cataloguing.update(law.id(), 2, draft("Otro título", "Otro texto"));
        assertThat(law.titleOriginal()).isEqualTo("Otro título");
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e)
                .extracting(Audited::action, Audited::detail)
                .containsExactly("LIBRARY_DOCUMENT_UPDATED", "Otro título"));
    }

    @Test
    void aTypedLinkReadsBothWaysAndIndexesBothDocuments() {
        LibraryDocument amendment = catalogued("Ley 30077 modificada", "Texto.");
        LibraryDocument law = catalogued("Ley 30077", "Texto.");
        clear();

        cataloguing.link(amendment.id(), LibraryLink.Relation.AMENDS, law.id());

        assertThat(reading.view(amendment.id()).links())
                .containsExactly(new DocumentView.LinkView("AMENDS", law.id(), "Ley 30077"));
        assertThat(reading.view(law.id()).links())
                .containsExactly(new DocumentView.LinkView("AMENDS_BY", amendment.id(), "Ley 30077 modificada"));
        assertThat(indexEvents.events).extracting(IndexEvent::documentId).containsExactly(amendment.id(), law.id());
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e)
                .extracting(Audited::action, Audited::targetId)
                .containsExactly("LIBRARY_LINK_ADDED", String.valueOf(amendment.id())));

        assertThatThrownBy(() -> cataloguing.link(amendment.id(), LibraryLink.Relation.AMENDS, law.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(documents.links).hasSize(1);
    }

    @Test
    void aRemovedLinkIsGoneFromBothDocumentsAndBothAreIndexedAgain() {
        LibraryDocument amendment = catalogued("Ley 30077 modificada", "Texto.");
        LibraryDocument law = catalogued("Ley 30077", "Texto.");
        cataloguing.link(amendment.id(), LibraryLink.Relation.AMENDS, law.id());
        clear();

        cataloguing.unlink(amendment.id(), LibraryLink.Relation.AMENDS, law.id());

        assertThat(reading.view(amendment.id()).links()).isEmpty();
        assertThat(reading.view(law.id()).links()).isEmpty();
        assertThat(indexEvents.events).extracting(IndexEvent::documentId).containsExactly(amendment.id(), law.id());
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e.action())
                .isEqualTo("LIBRARY_LINK_REMOVED"));
        assertThatThrownBy(() -> cataloguing.unlink(amendment.id(), LibraryLink.Relation.AMENDS, law.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePublicSeesNoLinkToAnUnpublishedDocument() {
        LibraryDocument amendment = catalogued("Ley 30077 modificada", "Texto.");
        LibraryDocument law = catalogued("Ley 30077", "Texto.");
        cataloguing.link(amendment.id(), LibraryLink.Relation.AMENDS, law.id());
        publishing.publish(law.id());

        reading.caller = SignedIn.nobody();

        assertThat(reading.view(law.id()).links()).isEmpty();
        assertThat(refused).isEmpty();
    }

    private LibraryDocument catalogued(String title, String text) {
        return cataloguing.create(draft(title, text));
    }

    private static DocumentDraft draft(String title, String text) {
        return new DocumentDraft(
                DocumentType.LEGISLATION,
                "PER",
                title,
                null,
                null,
                2013,
                List.of("es"),
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                text);
    }

    /** Forgets what setting up the fixture wrote, so each test sees only what its own step writes. */
    private void clear() {
        indexEvents.events.clear();
        events.fired.clear();
        changed.fired.clear();
    }
}
