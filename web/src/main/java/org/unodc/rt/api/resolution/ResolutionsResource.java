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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.resolution.Lineage;
import org.unodc.rt.application.resolution.ResolutionCatalogue;
import org.unodc.rt.application.resolution.ResolutionCorrections;
import org.unodc.rt.application.resolution.ResolutionImport;
import org.unodc.rt.application.resolution.ResolutionStructure;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;

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

    /** A saved resolution: its identity, the parsed structure, and its place among the others. */
    public record Detail(
            long id,
            int version,
            Long parentId,
            ParsedResolution resolution,
            List<Link> recalls,
            List<String> recallsNotInCatalogue,
            List<Link> recalledBy,
            List<Link> chain) {}

    @Inject
    ResolutionCatalogue catalogue;

    @Inject
    ResolutionImport imports;

    @Inject
    ResolutionCorrections corrections;

    @Context
    UriInfo uri;

    @POST
    @Path("parse")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public ParsedResolution parse(String text) {
        return imports.parse(text);
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
    public Response saveText(String text) {
        Resolution saved = imports.save(imports.parse(text), text);
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

    @GET
    @Path("{id}")
    public Detail get(@PathParam("id") long id) {
        return detail(catalogue.getResolution(id));
    }

    private Detail detail(Resolution r) {
        Resolution nested = catalogue.nestedIn(r.id()).stream().findFirst().orElse(null);
        Lineage lineage = catalogue.lineage(r.id());
        return new Detail(
                r.id(),
                r.version(),
                r.parent() == null ? null : r.parent().id(),
                ResolutionStructure.of(r, nested),
                lineage.recalls().stream().map(Link::of).toList(),
                lineage.recallsNotInCatalogue(),
                lineage.recalledBy().stream().map(Link::of).toList(),
                lineage.chain().stream().map(Link::of).toList());
    }
}
