package org.unodc.rt.application.resolution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionEvent;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.resolution.text.NotAResolutionException;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.resolution.text.ResolutionTextParser;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Brings resolutions into the catalogue: reads a text into its structure for the secretariat to check, and saves
 * the structure the secretariat confirmed.
 */
@Stateless
public class ResolutionImport {

    @Inject
    Resolutions resolutions;

    @Inject
    ResolutionContent content;

    @Inject
    Event<Audited> events;

    @Inject
    Clock clock;

    private final ResolutionTextParser parser = new ResolutionTextParser();

    /** Finds the structure of a text; saves nothing. Text that is not a resolution is refused with the reason. */
    @PermitAll
    public ParsedResolution parse(String text) {
        return parse(text, null);
    }

    /**
     * Finds the structure of a text written in the given language; saves nothing.
     *
     * @param language the language of the text, or null to detect it
     */
    @PermitAll
    public ParsedResolution parse(String text, UnLanguage language) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Explanation.of("resolution.textEmpty"));
        }
        try {
            return parser.parse(text, language);
        } catch (NotAResolutionException e) {
            throw new InvalidInputException(e.explanation());
        }
    }

    /**
     * Saves a resolution as the secretariat confirmed it (the parser's structure, possibly corrected), together
     * with the draft it recommends to the General Assembly, if any. Its reporting requests become mandates on the
     * Commission sessions they name.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Resolution save(@NotNull ParsedResolution structure, String sourceText) {
        Resolution resolution = create(structure, sourceText, null);
        if (structure.nestedDraft() != null) {
            create(structure.nestedDraft(), null, resolution);
        }
        events.fire(new ResolutionEvent.Created(
                resolution.id(), resolution.number(), resolution.title(), content.bySystem()));
        return resolution;
    }

    /**
     * The resolution of the catalogue that saving this structure would duplicate: the one with the same symbol; else,
     * for an adopted one, the same number; else, for one with neither, the same body, status and title.
     */
    @PermitAll
    public Optional<Resolution> sameAs(ParsedResolution structure) {
        if (blank(structure.symbol()) && blank(structure.number())) {
            return structure.body() == null || structure.status() == null || blank(structure.title())
                    ? Optional.empty()
                    : resolutions.findUnnumbered(structure.body(), structure.status(), structure.title());
        }
        Optional<Resolution> same = blank(structure.symbol())
                ? Optional.empty()
                : resolutions.findBySymbol(structure.symbol().strip());
        if (same.isEmpty() && structure.status() == ResolutionStatus.ADOPTED && !blank(structure.number())) {
            same = resolutions.findByNumber(structure.number().strip());
        }
        return same;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private Resolution create(ParsedResolution structure, String sourceText, Resolution parent) {
        if (parent == null) {
            sameAs(structure).ifPresent(existing -> {
                throw new AlreadyInCatalogue(
                        Explanation.of(
                                "resolution.alreadyInCatalogue",
                                Resolution.label(
                                        existing.symbol(), existing.body(), existing.number(), existing.title()),
                                String.valueOf(existing.id())),
                        existing.id());
            });
        }
        Resolution resolution;
        try {
            resolution = new Resolution(
                    required(structure.body(), Explanation.of("resolution.give.body")),
                    structure.number(),
                    structure.title(),
                    required(structure.status(), Explanation.of("resolution.give.status")),
                    Instant.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        content.fill(resolution, structure);
        UnLanguage.fromCode(structure.language()).ifPresent(resolution::writtenIn);
        resolution.keepSourceText(sourceText);
        content.touch(resolution);
        if (parent != null) {
            resolution.nestIn(parent);
        }
        resolutions.add(resolution);
        content.keep(
                resolution,
                parent == null ? "Created from the text" : "Created as the draft contained in " + parent.number());
        return resolution;
    }

    private static <T> T required(T value, Explanation what) {
        if (value == null) {
            throw new InvalidInputException(Explanation.of("resolution.give", what));
        }
        return value;
    }
}
