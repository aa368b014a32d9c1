package org.unodc.rt.application.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.application.EditConflict;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryCycles;
import org.unodc.rt.application.InMemoryResolutions;
import org.unodc.rt.application.InMemorySessions;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.SignedIn;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionEvent;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.session.CommissionSession;

/** Importing and correcting resolutions, with E/RES/2013/38 read through the parser into a catalogue in memory. */
class ResolutionServicesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final InMemoryResolutions resolutions = new InMemoryResolutions();
    private final ResolutionContent content = new ResolutionContent();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final ResolutionImport imports = new ResolutionImport();
    private final ResolutionCorrections corrections = new ResolutionCorrections();
    private String text;

    @BeforeEach
    void setUp() throws IOException {
        content.resolutions = resolutions;
        content.sessions = new InMemorySessions().with(new CommissionSession(24, 2015));
        content.caller = SignedIn.as("secretariat", Role.SECRETARIAT);
        content.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        imports.resolutions = resolutions;
        imports.content = content;
        imports.events = events;
        imports.clock = content.clock;
        ResolutionCatalogue catalogue = new ResolutionCatalogue();
        catalogue.resolutions = resolutions;
        catalogue.cycles = new InMemoryCycles();
        corrections.catalogue = catalogue;
        corrections.content = content;
        corrections.events = events;
        try (InputStream in = getClass().getResourceAsStream("/seeds/ecosoc-resolution-2013-38.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSavedResolutionHasItsMandateOnTheSessionItNamesAndItsCreationInHistoryAndTrail() {
        Resolution saved = imports.save(imports.parse(text), text);

        assertThat(saved.mandates())
                .singleElement()
                .satisfies(m -> assertThat(m.session().ordinal()).isEqualTo(24));
        assertThat(resolutions.history(saved.id()))
                .extracting(ResolutionRevision::revisedBy, ResolutionRevision::summary)
                .containsExactly(tuple("secretariat", "Created from the text"));
        assertThat(events.fired).singleElement().satisfies(e -> {
            assertThat(e).isInstanceOf(ResolutionEvent.Created.class);
            assertThat(e.targetId()).isEqualTo(String.valueOf(saved.id()));
            assertThat(e.detail()).startsWith("2013/38: Combating transnational organized crime");
            assertThat(e.actor()).isEmpty();
        });
    }

    @Test
    void anAdoptedResolutionIsSavedOnce() {
        ParsedResolution structure = imports.parse(text);
        Resolution saved = imports.save(structure, text);

        assertThatThrownBy(() -> imports.save(structure, text))
                .isInstanceOf(AlreadyInCatalogue.class)
                .hasMessageStartingWith("Resolution E/RES/2013/38 is already in the catalogue (id " + saved.id() + ")")
                .satisfies(
                        e -> assertThat(((AlreadyInCatalogue) e).existingId()).isEqualTo(saved.id()));
        assertThat(resolutions.resolutions).hasSize(1);
    }

    @Test
    void aResolutionIsTheSameByItsSymbolOrWithoutOneByItsBodyStatusAndTitle() throws IOException {
        Resolution adopted = imports.save(imports.parse(text), text);
        String draftText;
        try (InputStream in =
                getClass().getResourceAsStream("/demo/seeds/ccpcj-2019-draft-precious-metals-supply-chains.txt")) {
            draftText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedResolution draft = imports.parse(draftText);
        assertThat(imports.sameAs(draft)).isEmpty();
        Resolution savedDraft = imports.save(draft, draftText);

        ParsedResolution sameSymbolOtherNumber = new ParsedResolution(
                "E/RES/2013/38",
                adopted.body(),
                null,
                "Another title",
                draft.status(),
                null,
                null,
                null,
                null,
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                null,
                "en");
        assertThat(imports.sameAs(sameSymbolOtherNumber)).contains(adopted);
        ParsedResolution retyped = imports.parse(draftText.replace("  ", " "));
        assertThat(imports.sameAs(retyped)).contains(savedDraft);
        assertThatThrownBy(() -> imports.save(retyped, draftText))
                .isInstanceOf(AlreadyInCatalogue.class)
                .satisfies(
                        e -> assertThat(((AlreadyInCatalogue) e).existingId()).isEqualTo(savedDraft.id()));
        assertThat(resolutions.resolutions).hasSize(2);
    }

    @Test
    void theDemoSeedsAreSavedInTheNameOfTheSystem() {
        content.caller = SignedIn.nobody();

        Resolution saved = imports.save(imports.parse(text), text);

        assertThat(saved.updatedBy()).isEqualTo("system");
        assertThat(events.fired).singleElement().satisfies(e -> assertThat(e.actor())
                .isEqualTo(Optional.of("system")));
    }

    @Test
    void aCorrectionIsKeptInTheHistoryAndTheTrailWithWhatItChanged() {
        Resolution saved = imports.save(imports.parse(text), text);

        corrections.correct(saved.id(), saved.version(), retitled(saved, "Precious metals"));

        assertThat(saved.title()).isEqualTo("Precious metals");
        ResolutionRevision correction = resolutions.revisions.get(1);
        assertThat(correction.summary())
                .isEqualTo("title: Combating transnational organized crime and its possible links to illicit tra..."
                        + " -> Precious metals");
        assertThat(events.fired).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("RESOLUTION_CORRECTED");
            assertThat(e.targetId()).isEqualTo(String.valueOf(saved.id()));
            assertThat(e.detail()).isEqualTo(correction.summary());
        });
    }

    @Test
    void aCorrectionOfAVersionSomeoneElseHasChangedSinceIsRefusedAndChangesNothing() {
        Resolution saved = imports.save(imports.parse(text), text);
        String title = saved.title();
        Entities.with(saved, "version", 2);

        assertThatThrownBy(() -> corrections.correct(saved.id(), 1, retitled(saved, "Precious metals")))
                .isInstanceOf(EditConflict.class)
                .hasMessageContaining("you had version 1, it is now at version 2");

        assertThat(saved.title()).isEqualTo(title);
        assertThat(resolutions.history(saved.id())).hasSize(1);
        assertThat(events.fired).extracting(Audited::action).containsExactly("RESOLUTION_CREATED");
    }

    private static ParsedResolution retitled(Resolution resolution, String title) {
        ParsedResolution s = ResolutionStructure.of(resolution, null);
        return new ParsedResolution(
                s.symbol(),
                s.body(),
                s.number(),
                title,
                s.status(),
                s.adoptionDate(),
                s.meeting(),
                s.session(),
                s.agendaItem(),
                s.sponsors(),
                s.preamble(),
                s.operative(),
                s.footnotes(),
                s.citedResolutions(),
                s.instruments(),
                s.reportingRequests(),
                null,
                s.language());
    }
}
