package org.unodc.rt.api.resolution;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.api.Languages;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.resolution.Lineage;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.application.resolution.ResolutionCorrections;
import org.unodc.rt.application.resolution.ResolutionImport;
import org.unodc.rt.application.resolution.ResolutionStructure;
import org.unodc.rt.application.resolution.ResolutionVersions;
import org.unodc.rt.domain.resolution.Passage;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.ResolutionText;
import org.unodc.rt.domain.resolution.VersionAlignment;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.state.UnLanguage;

@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionsResource {

    /** A resolution in the list: enough to pick it. */
    public record Summary(
            long id,
            String symbol,
            String body,
            String number,
            String title,
            String status,
            LocalDate adoptionDate,
            Long parentId) {
        static Summary of(ResolutionSummary r) {
            return new Summary(
                    r.id(),
                    r.symbol(),
                    r.body().name(),
                    r.number(),
                    r.title(),
                    r.status().name(),
                    r.adoptionDate(),
                    r.parentId());
        }
    }

    /** A link to another resolution in the catalogue. */
    public record Link(long id, String number, String title) {
        static Link of(Resolution r) {
            return new Link(r.id(), r.number(), r.title());
        }
    }

    /**
     * A saved resolution: its identity, the parsed structure (with its texts in the language asked for), its place
     * among the others, the languages it can be read in, and, passage by passage, which language each text is in.
     *
     * @param language          the language of the texts given ({@code ?lang=}, else the reference language)
     * @param referenceLanguage the language of the structure's own texts, the one other versions align with
     * @param languages         the language versions held, the reference among them
     */
    public record Detail(
            long id,
            int version,
            Long parentId,
            ParsedResolution resolution,
            List<Link> recalls,
            List<String> recallsNotInCatalogue,
            List<Link> recalledBy,
            List<Link> chain,
            String language,
            String referenceLanguage,
            List<String> languages,
            TextsJson texts) {}

    /** A text and its language; {@code fallback} when it is the reference text standing in for a missing one. */
    public record PassageJson(String text, String language, boolean fallback) {
        static PassageJson of(Passage passage) {
            return new PassageJson(passage.text(), passage.language().code(), passage.fallback());
        }
    }

    public record ParagraphJson(
            int number, String text, String language, boolean fallback, List<SubJson> subparagraphs) {}

    public record SubJson(String label, String text, String language, boolean fallback) {}

    public record NoteJson(String marker, String text, String language, boolean fallback) {}

    /** Each passage of the resolution in the language asked for, marked where the reference text stands in. */
    public record TextsJson(
            PassageJson title, List<PassageJson> preamble, List<ParagraphJson> operative, List<NoteJson> footnotes) {
        static TextsJson of(ResolutionText text) {
            return new TextsJson(
                    PassageJson.of(text.title()),
                    text.preamble().stream().map(c -> PassageJson.of(c.text())).toList(),
                    text.operative().stream()
                            .map(p -> new ParagraphJson(
                                    p.number(),
                                    p.text().text(),
                                    p.text().language().code(),
                                    p.text().fallback(),
                                    p.subparagraphs().stream()
                                            .map(sub -> new SubJson(
                                                    sub.label(),
                                                    sub.text().text(),
                                                    sub.text().language().code(),
                                                    sub.text().fallback()))
                                            .toList()))
                            .toList(),
                    text.footnotes().stream()
                            .map(n -> new NoteJson(
                                    n.marker(),
                                    n.text().text(),
                                    n.text().language().code(),
                                    n.text().fallback()))
                            .toList());
        }
    }

    /** How a language version aligned: its paragraph counts, and what differs (empty when it was kept). */
    public record VersionJson(String language, int operative, int preamble, List<String> problems) {
        static VersionJson of(VersionAlignment alignment) {
            return new VersionJson(
                    alignment.language().code(),
                    alignment.operative(),
                    alignment.preamble(),
                    alignment.problemsInEnglish());
        }
    }

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    ResolutionImport imports;

    @Inject
    ResolutionCorrections corrections;

    @Inject
    ResolutionVersions versions;

    @Context
    UriInfo uri;

    /**
     * Reads the structure of a resolution's text, in any of the six official languages; saves nothing.
     *
     * @param lang the language of the text ("ar", "zh", "en", "fr", "ru", "es"); left out, it is detected. The JSON
     *             says which language was read in "language".
     */
    @POST
    @Path("parse")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public ParsedResolution parse(String text, @QueryParam("lang") String lang) {
        return imports.parse(text, languageOrDetect(lang));
    }

    /** The language named by {@code ?lang=}: null when left out (detect it); 400 for a code that is none of the six. */
    private static UnLanguage languageOrDetect(String lang) {
        return lang == null || lang.isBlank() ? null : language(lang);
    }

    /** Saves a structure: the parse response, as returned or corrected. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(ParsedResolution structure) {
        if (structure == null || structure.title() == null) {
            throw new InvalidInputException("Send the structure returned by POST /api/v1/resolutions/parse, with"
                    + " at least a title, a body and the operative paragraphs.");
        }
        Resolution saved = imports.save(structure, null);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(saved.id()))
                        .build())
                .entity(detail(saved))
                .build();
    }

    /** Saves a resolution straight from its text: parse, then save, in one call. */
    @POST
    @Path("from-text")
    @Consumes({MediaType.TEXT_PLAIN})
    public Response saveText(String text, @QueryParam("lang") String lang) {
        Resolution saved = imports.save(imports.parse(text, languageOrDetect(lang)), text);
        return Response.created(uri.getBaseUriBuilder()
                        .path("resolutions")
                        .path(String.valueOf(saved.id()))
                        .build())
                .entity(detail(saved))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail correct(
            @PathParam("id") long id, @QueryParam("version") Integer version, ParsedResolution corrected) {
        if (version == null) {
            throw new InvalidInputException("Give the version you corrected (?version=N, from GET) so that a change"
                    + " made meanwhile by someone else is not overwritten.");
        }
        return detail(corrections.correct(id, version, corrected));
    }

    @GET
    public List<Summary> list(
            @QueryParam("body") String body,
            @QueryParam("year") Integer year,
            @QueryParam("instrument") String instrument,
            @QueryParam("q") String text) {
        ResolutionBody bodyFilter = null;
        if (body != null && !body.isBlank()) {
            try {
                bodyFilter = ResolutionBody.valueOf(body.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("body must be ECOSOC, CCPCJ or GA, not \"" + body + "\".");
            }
        }
        return catalogue.list(new ResolutionFilter(bodyFilter, year, instrument, text)).stream()
                .map(Summary::of)
                .toList();
    }

    /** {@code ?lang=fr}: the texts in French where the resolution holds them, the reference text elsewhere. */
    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Resolution resolution = catalogue.getResolution(id);
        return detail(resolution, Languages.orElse(lang, resolution.language()));
    }

    /**
     * Holds the resolution's text in one language: the text itself ({@code text/plain}), or a file (TXT, DOCX, PDF …)
     * named in {@code ?name=}. Kept only if it aligns with the structure; 422 with what differs otherwise.
     */
    @PUT
    @Path("{id}/texts/{lang}")
    @Consumes(MediaType.TEXT_PLAIN)
    public VersionJson holdText(
            @PathParam("id") long id, @PathParam("lang") String lang, @QueryParam("name") String name, String text) {
        return VersionJson.of(versions.hold(id, language(lang), text));
    }

    /** {@link #holdText} for a file sent as it is, its name in {@code ?name=}. */
    @PUT
    @Path("{id}/texts/{lang}")
    @Consumes(MediaType.WILDCARD)
    public VersionJson holdFile(
            @PathParam("id") long id,
            @PathParam("lang") String lang,
            @QueryParam("name") String name,
            InputStream body) {
        UnLanguage language = language(lang);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Send the text as text/plain, or give the file's name (?name=fr.docx): it"
                    + " tells which kind of file this is.");
        }
        return VersionJson.of(versions.holdFile(id, language, body, name));
    }

    private static UnLanguage language(String code) {
        return Languages.of(code);
    }

    private Detail detail(Resolution r) {
        return detail(r, r.language());
    }

    private Detail detail(Resolution r, UnLanguage language) {
        Resolution nested = catalogue.nestedIn(r.id()).stream().findFirst().orElse(null);
        Lineage lineage = catalogue.lineage(r.id());
        return new Detail(
                r.id(),
                r.version(),
                r.parent() == null ? null : r.parent().id(),
                ResolutionStructure.of(r, nested, language),
                lineage.recalls().stream().map(Link::of).toList(),
                lineage.recallsNotInCatalogue(),
                lineage.recalledBy().stream().map(Link::of).toList(),
                lineage.chain().stream().map(Link::of).toList(),
                language.code(),
                r.language().code(),
                r.languages().stream().map(UnLanguage::code).toList(),
                TextsJson.of(r.textIn(language)));
    }
}
