package org.unodc.rt.application.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import org.unodc.rt.application.AuditRefusals;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.library.DocumentReader;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.resolution.MisalignedVersion;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionEvent;
import org.unodc.rt.domain.resolution.VersionAlignment;
import org.unodc.rt.domain.resolution.text.NotAResolutionException;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionTextParser;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The secretariat adds a resolution's text in another language: read in that language, aligned with the structure
 * ({@link VersionAlignment}) and kept, or refused with what differs and nothing kept.
 */
@Stateless
@AuditRefusals
@RolesAllowed(Role.SECRETARIAT_NAME)
public class ResolutionVersions {

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    ResolutionContent content;

    @Inject
    DocumentReader reader;

    @Inject
    CurrentCaller caller;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    private final ResolutionTextParser parser = new ResolutionTextParser();

    /** Holds a pasted text as the resolution's version in that language. */
    public VersionAlignment hold(long id, @NotNull UnLanguage language, String text) {
        Resolution resolution = catalogue.getResolution(id);
        ParsedResolution parsed = parse(text, language);
        boolean replaced = resolution.version(language).isPresent();
        VersionAlignment alignment;
        try {
            alignment = resolution.holdVersion(language, parsed, text, caller.name(), Instant.now(clock));
        } catch (MisalignedVersion refused) {
            throw refused.attempted(Audited.attempt(
                    "RESOLUTION_VERSION_HELD",
                    "Resolution",
                    String.valueOf(id),
                    language.code() + " version refused: "
                            + String.join("; ", refused.alignment().problemsInEnglish())));
        }
        content.touch(resolution);
        content.keep(resolution, (replaced ? "Replaced the " : "Added the ") + language.code() + " version");
        events.fire(new ResolutionEvent.VersionHeld(
                id, language.code(), alignment.preamble(), alignment.operative(), replaced));
        return alignment;
    }

    /** {@link #hold(long, UnLanguage, String)} for an uploaded file: TXT as UTF-8, DOCX, PDF and others extracted. */
    public VersionAlignment holdFile(long id, @NotNull UnLanguage language, InputStream content, String fileName) {
        catalogue.getResolution(id);
        return hold(id, language, reader.textOf(content, fileName));
    }

    private ParsedResolution parse(String text, UnLanguage language) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Explanation.of("resolution.textEmpty"));
        }
        try {
            return parser.parse(text, language);
        } catch (NotAResolutionException e) {
            throw new InvalidInputException(e.explanation());
        }
    }
}
