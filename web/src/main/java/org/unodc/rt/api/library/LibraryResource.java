package org.unodc.rt.api.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unodc.rt.api.ContentDisposition;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.library.DocumentDraft;
import org.unodc.rt.application.library.DocumentView;
import org.unodc.rt.application.library.IndexState;
import org.unodc.rt.application.library.LibraryCataloguing;
import org.unodc.rt.application.library.LibraryOriginals;
import org.unodc.rt.application.library.LibraryPublishing;
import org.unodc.rt.application.library.LibraryReading;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.library.TagKind;
import org.unodc.rt.infrastructure.search.LibraryIndexer;
import org.unodc.rt.reports.SpreadsheetText;
import org.unodc.rt.search.AlsoSearched;
import org.unodc.rt.search.Facet;
import org.unodc.rt.search.FacetCount;
import org.unodc.rt.search.SearchHit;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SearchResult;
import org.unodc.rt.search.SortOrder;
import org.unodc.rt.search.analysis.Languages;
import org.unodc.rt.search.extract.ExtractedText;

@Path("/library")
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    /**
     * A page of hits; {@code alsoSearched} names, per other language, the translated terms a cross-language search
     * searched besides the words as typed ({@code skip=fr} leaves a language out).
     */
    public record SearchJson(
            long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, List<AlsoSearched> alsoSearched) {}

    public record DocumentJson(
            long id,
            int version,
            String type,
            String country,
            String countryName,
            String titleOriginal,
            String titleEnglish,
            LocalDate date,
            Integer year,
            List<String> languages,
            String status,
            boolean published,
            Set<String> instruments,
            Set<String> articles,
            Set<String> crimeTypes,
            Set<String> resolutions,
            Set<String> keywords,
            String sourceUrl,
            String originalFile,
            List<DocumentView.LinkView> links,
            String citation,
            String text) {

        static DocumentJson of(DocumentView view) {
            LibraryDocument d = view.document();
            return new DocumentJson(
                    d.id(),
                    d.version(),
                    d.type().name(),
                    d.country(),
                    view.countryName(),
                    d.titleOriginal(),
                    d.titleEnglish(),
                    d.date(),
                    d.year(),
                    d.languages(),
                    d.status() == null ? null : d.status().name(),
                    d.published(),
                    d.tags(TagKind.INSTRUMENT),
                    d.tags(TagKind.ARTICLE),
                    d.tags(TagKind.CRIME_TYPE),
                    d.tags(TagKind.RESOLUTION),
                    d.tags(TagKind.KEYWORD),
                    d.sourceUrl(),
                    d.fileName(),
                    view.links(),
                    view.citation(),
                    d.text());
        }
    }

    public record ExtractionJson(String mediaType, String detectedLanguage, boolean truncated, int characters) {}

    @Inject
    LibraryReading reading;

    @Inject
    LibraryCataloguing cataloguing;

    @Inject
    LibraryPublishing publishing;

    @Inject
    LibraryOriginals originals;

    @Context
    UriInfo uri;

    /**
     * {@code ?q=&lang=&cross=&sort=&page=&size=&skip=} plus one parameter per facet ({@code
     * country=PER&type=legislation}); {@code skip} (repeatable) names a UN language not to translate the query into.
     */
    @GET
    @Path("search")
    public SearchJson search(
            @QueryParam("q") @DefaultValue("") String query,
            @QueryParam("lang") @DefaultValue("en") String language,
            @QueryParam("cross") @DefaultValue("true") boolean crossLanguage,
            @QueryParam("sort") @DefaultValue("relevance") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("10") int size) {
        SearchResult result =
                reading.search(request(query, language, crossLanguage, sort, page, size, uri.getQueryParameters()));
        return new SearchJson(result.total(), result.hits(), result.facets(), result.alsoSearched());
    }

    @GET
    @Path("search.csv")
    @Produces("text/csv")
    public Response searchCsv(
            @QueryParam("q") @DefaultValue("") String query,
            @QueryParam("lang") @DefaultValue("en") String language,
            @QueryParam("cross") @DefaultValue("true") boolean crossLanguage,
            @QueryParam("sort") @DefaultValue("relevance") String sort) {
        SearchResult result = reading.search(
                request(query, language, crossLanguage, sort, 0, SearchRequest.MAX_SIZE, uri.getQueryParameters()));
        StringBuilder csv = new StringBuilder("id,title,country,type,year,language\n");
        for (SearchHit hit : result.hits()) {
            csv.append(hit.id())
                    .append(',')
                    .append(cell(hit.title()))
                    .append(',')
                    .append(hit.country())
                    .append(',')
                    .append(hit.type())
                    .append(',')
                    .append(hit.year() == null ? "" : hit.year())
                    .append(',')
                    .append(hit.language())
                    .append('\n');
        }
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("library-search.csv"))
                .build();
    }

    /** Longer than any title's beginning someone types; each word of a prefix is a clause of the index's query. */
    static final int MAX_PREFIX_LENGTH = 100;

    @GET
    @Path("suggest")
    public List<?> suggest(@QueryParam("prefix") String prefix) {
        if (prefix != null && prefix.length() > MAX_PREFIX_LENGTH) {
            throw new InvalidInputException("A prefix is at most " + MAX_PREFIX_LENGTH + " characters; this one has "
                    + prefix.length() + ". Send the beginning of a title.");
        }
        return reading.suggest(prefix, 8);
    }

    @GET
    @Path("documents/{id}")
    public DocumentJson document(@PathParam("id") long id) {
        return DocumentJson.of(reading.view(id));
    }

    @GET
    @Path("documents/{id}/similar")
    public List<SearchHit> similar(@PathParam("id") long id) {
        return reading.similar(id, 5);
    }

    @GET
    @Path("documents/{id}/original")
    @Produces(MediaType.WILDCARD)
    public Response original(@PathParam("id") long id) {
        java.nio.file.Path file = reading.original(id);
        LibraryDocument document = reading.getDocument(id);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, document.fileMediaType())
                .header("Content-Disposition", ContentDisposition.attachment(document.fileName()))
                .build();
    }

    @POST
    @Path("documents")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DocumentDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(
                    "Send the document's metadata as JSON (type, country, titleOriginal, languages …).");
        }
        LibraryDocument created = cataloguing.create(draft);
        return Response.created(
                        uri.getBaseUriBuilder().path("library/documents/{id}").build(created.id()))
                .entity(DocumentJson.of(reading.view(created.id())))
                .build();
    }

    @PUT
    @Path("documents/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentJson update(@PathParam("id") long id, @QueryParam("version") Integer version, DocumentDraft draft) {
        if (version == null) {
            throw new InvalidInputException("Give the version you edited (?version=N, from GET).");
        }
        cataloguing.update(id, version, draft);
        return DocumentJson.of(reading.view(id));
    }

    @POST
    @Path("documents/{id}/publish")
    public DocumentJson publish(@PathParam("id") long id) {
        publishing.publish(id);
        return DocumentJson.of(reading.view(id));
    }

    @POST
    @Path("documents/{id}/withdraw")
    public DocumentJson withdraw(@PathParam("id") long id) {
        publishing.withdraw(id);
        return DocumentJson.of(reading.view(id));
    }

    /** The raw file as the body, its name in {@code ?name=}: stored, its text extracted (with limits) and indexed. */
    @PUT
    @Path("documents/{id}/original")
    @Consumes(MediaType.WILDCARD)
    public ExtractionJson upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Give the file name (?name=law.pdf): it tells which kind of file this is.");
        }
        ExtractedText text = originals.attachOriginal(id, name, body);
        return new ExtractionJson(
                text.mediaType(),
                text.detectedLanguage(),
                text.truncated(),
                text.text().length());
    }

    /** A typed link to add: {@code {"relation": "AMENDS", "to": 12}} reads "this document amends document 12". */
    public record LinkJson(String relation, Long to) {}

    @POST
    @Path("documents/{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentJson link(@PathParam("id") long id, LinkJson link) {
        cataloguing.link(id, relation(link), link.to());
        return DocumentJson.of(reading.view(id));
    }

    @DELETE
    @Path("documents/{id}/links/{relation}/{to}")
    public DocumentJson unlink(
            @PathParam("id") long id, @PathParam("relation") String relation, @PathParam("to") long to) {
        cataloguing.unlink(id, relation(new LinkJson(relation, to)), to);
        return DocumentJson.of(reading.view(id));
    }

    private static LibraryLink.Relation relation(LinkJson link) {
        if (link == null || link.relation() == null || link.to() == null) {
            throw new InvalidInputException(
                    "Send {\"relation\": \"AMENDS\" | \"REPEALS\" | \"IMPLEMENTS\", \"to\": <document id>}.");
        }
        try {
            return LibraryLink.Relation.valueOf(link.relation().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("\"" + link.relation() + "\" is not a relation: use AMENDS, REPEALS or"
                    + " IMPLEMENTS (the reverse, amended by …, is read from the other document).");
        }
    }

    /**
     * How the index stands, for the secretariat.
     *
     * @param state {@code up-to-date}, {@code catching-up} (committed changes not applied yet) or {@code rebuilding}
     * @param documents documents searches see
     * @param waiting committed changes the index has not applied yet
     * @param rebuild the last or running rebuild: {@code idle}, {@code running}, {@code done} or {@code failed}, how
     *     far it got and, if it failed, why
     */
    public record IndexStatusJson(String state, long documents, long waiting, RebuildJson rebuild) {
        static IndexStatusJson of(IndexState index) {
            LibraryIndexer.Progress progress = index.rebuild();
            String state = progress.running() ? "rebuilding" : index.waiting() > 0 ? "catching-up" : "up-to-date";
            return new IndexStatusJson(
                    state,
                    index.documents(),
                    index.waiting(),
                    new RebuildJson(
                            progress.state(),
                            progress.done(),
                            progress.total(),
                            progress.percent(),
                            progress.failure()));
        }
    }

    public record RebuildJson(String state, long done, long total, int percent, String failure) {}

    /** Rebuilds the index from the database in the background (202); GET {@code index} to follow it. */
    @POST
    @Path("index/rebuild")
    public Response rebuild() {
        publishing.rebuildIndex();
        return Response.accepted(IndexStatusJson.of(publishing.indexState())).build();
    }

    @GET
    @Path("index")
    public IndexStatusJson indexStatus() {
        return IndexStatusJson.of(publishing.indexState());
    }

    static SearchRequest request(
            String query,
            String language,
            boolean cross,
            String sort,
            int page,
            int size,
            MultivaluedMap<String, String> parameters) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.get(facet.key());
            if (values != null && !values.isEmpty()) {
                filters.put(facet.key(), new LinkedHashSet<>(values));
            }
        }
        SortOrder order =
                switch (sort.toLowerCase()) {
                    case "date" -> SortOrder.DATE;
                    case "relevance" -> SortOrder.RELEVANCE;
                    default -> throw new InvalidInputException("sort must be relevance or date, not \"" + sort + "\".");
                };
        Set<String> skipped = new LinkedHashSet<>(parameters.getOrDefault("skip", List.of()));
        for (String skip : skipped) {
            if (!Languages.UN.contains(skip)) {
                throw new InvalidInputException(
                        "skip must name a UN language to leave out of the translations (ar, zh, en, fr, ru, es), not \""
                                + skip + "\".");
            }
        }
        // The index refuses a page or filter beyond its limits itself (SearchRequest.checkLimits), with an explanation.
        return new SearchRequest(query, language, cross, filters, order, page, size, skipped);
    }

    /** A title as a CSV cell: quoted, and never a formula (a title typed as "=HYPERLINK(…)" stays text). */
    private static String cell(String value) {
        return value == null ? "" : "\"" + SpreadsheetText.neutralise(value).replace("\"", "\"\"") + "\"";
    }
}
