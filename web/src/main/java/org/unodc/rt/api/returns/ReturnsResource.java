package org.unodc.rt.api.returns;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unodc.rt.api.ContentDisposition;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.application.returns.AnswerInput;
import org.unodc.rt.application.returns.AttachmentDownload;
import org.unodc.rt.application.returns.CitableDocument;
import org.unodc.rt.application.returns.ContributorService;
import org.unodc.rt.application.returns.ReturnDrafting;
import org.unodc.rt.application.returns.ReturnEvidence;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnReviewing;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.application.returns.ReturnWorkbooks;
import org.unodc.rt.application.returns.WorkbookReview;
import org.unodc.rt.domain.returns.OfflineEdits;
import org.unodc.rt.domain.returns.Publication;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.ReturnSummary;
import org.unodc.rt.domain.returns.VersionComparison;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.reports.workbook.ReturnWorkbook;

/**
 * Returns. A national system reads and writes its State's draft and submits it under the same rules as the pages; the
 * secretariat reviews. A focal point reaches only its own State's returns.
 */
@Path("/returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    /** A draft save: the version the client loaded, and the answers it changes. */
    public record Draft(int version, List<AnswerInput> answers) {}

    /**
     * The declaration, and what the public may read once the return is accepted (default: statuses yes, narratives
     * no).
     */
    public record Submission(boolean declaration, Boolean publishStatuses, Boolean publishNarratives) {
        Publication publication() {
            return new Publication(
                    publishStatuses == null ? Publication.DEFAULT.statuses() : publishStatuses,
                    publishNarratives == null ? Publication.DEFAULT.narratives() : publishNarratives);
        }
    }

    public record NewComment(Integer questionPosition, String body) {}

    /** A library document to cite: {@code documentId}. */
    public record Citation(Long documentId) {}

    /** "Describe a new text": a law the library does not have yet. */
    public record NewText(String title, Integer year, String url) {}

    @Inject
    ReturnQueries returns;

    @Inject
    ReturnDrafting drafting;

    @Inject
    ReturnEvidence evidence;

    @Inject
    ReturnReviewing reviewing;

    @Inject
    ReturnWorkbooks workbooks;

    @Inject
    ContributorService contributors;

    @Context
    UriInfo uri;

    /** The review queue, filtered by cycle, status and regional group. */
    @GET
    public List<ReturnSummary> queue(
            @QueryParam("cycle") Long cycleId,
            @QueryParam("status") ReturnStatus status,
            @QueryParam("group") RegionalGroup group) {
        return returns.queue(cycleId, status, group);
    }

    /** The caller's State's cycles and returns. */
    @GET
    @Path("mine")
    public List<ReturnSummary> mine() {
        return returns.myDashboard();
    }

    @GET
    @Path("{id}")
    public ReturnView get(@PathParam("id") Long id) {
        return returns.getReturn(id);
    }

    /** Saves the draft; 409 with both versions when someone else saved after the given version. */
    @PUT
    @Path("{id}")
    public ReturnView save(@PathParam("id") Long id, Draft draft) {
        return drafting.saveDraft(id, draft.version(), draft.answers() == null ? List.of() : draft.answers());
    }

    /** Submits after validation; 422 names each question that still needs an answer or a narrative. */
    @POST
    @Path("{id}/submit")
    public ReturnView submit(@PathParam("id") Long id, Submission submission) {
        return drafting.submit(
                id,
                submission != null && submission.declaration(),
                submission == null ? Publication.DEFAULT : submission.publication());
    }

    /**
     * A second focal point of a State that requires clearance clears the return: it goes to the secretariat (409 for
     * the focal point who asked for clearance, or a return not awaiting it).
     */
    @POST
    @Path("{id}/clear")
    public ReturnView clear(@PathParam("id") Long id) {
        return drafting.clear(id);
    }

    /** A second focal point sends a return awaiting clearance back to the State for more work. */
    @POST
    @Path("{id}/refuse-clearance")
    public ReturnView refuseClearance(@PathParam("id") Long id) {
        return drafting.refuseClearance(id);
    }

    /** Which contributor answers which question: question id to user name. */
    @GET
    @Path("{id}/assignments")
    public Map<Long, String> assignments(@PathParam("id") Long id) {
        return contributors.assignments(id);
    }

    /**
     * A focal point gives questions to contributors of the State: {@code {"<questionId>": "<username>", …}}, an empty
     * name taking a question back. 422 for an unknown question or someone who is not a contributor of the State; 403
     * for anybody but the State's focal points. Answers with every assignment of the return.
     */
    @PUT
    @Path("{id}/assignments")
    public Map<Long, String> assign(@PathParam("id") Long id, Map<String, String> body) {
        if (body == null) {
            throw new InvalidInputException(
                    "Send the questions to assign as {\"<questionId>\": \"<username>\"}: the body was empty.");
        }
        Map<Long, String> byQuestion = new LinkedHashMap<>();
        body.forEach((question, username) -> {
            try {
                byQuestion.put(Long.valueOf(question.strip()), username);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "\"" + question + "\" is not a question id: send {\"<questionId>\": \"<username>\"}.");
            }
        });
        return contributors.assign(id, byQuestion);
    }

    @POST
    @Path("{id}/carry-over")
    public ReturnView carryOver(@PathParam("id") Long id) {
        return drafting.carryOver(id);
    }

    @POST
    @Path("{id}/comments")
    public ReturnView comment(@PathParam("id") Long id, NewComment comment) {
        return reviewing.comment(id, comment.questionPosition(), comment.body());
    }

    @POST
    @Path("{id}/request-clarification")
    public ReturnView requestClarification(@PathParam("id") Long id) {
        return reviewing.requestClarification(id);
    }

    @POST
    @Path("{id}/accept")
    public ReturnView accept(@PathParam("id") Long id) {
        return reviewing.accept(id);
    }

    /**
     * Attaches the request body (the file's bytes) to the answer to a question; {@code ?name=} is the file's name.
     * 201 with the attachment; 422 when the content is not a PDF, DOCX, ODT, PNG or JPEG matching the name, or is
     * larger than 20 MB; 409 when the return is read-only for the State.
     */
    @POST
    @Path("{id}/answers/{questionId}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") Long id,
            @PathParam("questionId") Long questionId,
            @QueryParam("name") String name,
            InputStream body) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("Give the file name (?name=law.pdf): it is shown with the answer.");
        }
        ReturnView.AttachmentView attached = evidence.attach(id, questionId, name, body);
        return Response.created(uri.getBaseUriBuilder()
                        .path("returns/{id}/answers/{questionId}/attachments/{attachmentId}")
                        .build(id, questionId, attached.id()))
                .entity(attached)
                .build();
    }

    @GET
    @Path("{id}/answers/{questionId}/attachments")
    public List<ReturnView.AttachmentView> attachments(
            @PathParam("id") Long id, @PathParam("questionId") Long questionId) {
        return evidence.attachments(id, questionId);
    }

    /** The attached file as uploaded, for the State's focal points and the secretariat. */
    @GET
    @Path("{id}/answers/{questionId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(
            @PathParam("id") Long id,
            @PathParam("questionId") Long questionId,
            @PathParam("attachmentId") Long attachmentId) {
        AttachmentDownload download = evidence.attachment(id, attachmentId);
        if (!download.attachment().questionId().equals(questionId)) {
            throw new NotFoundException(
                    "The answer to question " + questionId + " has no attachment " + attachmentId + ".");
        }
        StreamingOutput bytes = out -> Files.copy(download.file(), out);
        String name = download.attachment().fileName();
        return Response.ok(bytes, download.attachment().mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Removes an attachment while the return is editable by the State; 204. */
    @DELETE
    @Path("{id}/answers/{questionId}/attachments/{attachmentId}")
    public Response removeAttachment(
            @PathParam("id") Long id,
            @PathParam("questionId") Long questionId,
            @PathParam("attachmentId") Long attachmentId) {
        evidence.removeAttachment(id, attachmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/answers/{questionId}/citations")
    public List<ReturnView.CitationView> citations(@PathParam("id") Long id, @PathParam("questionId") Long questionId) {
        return evidence.citations(id, questionId);
    }

    /** Cites a library document ({@code {"documentId": 12}}); answers with the answer's citations. */
    @POST
    @Path("{id}/answers/{questionId}/citations")
    public List<ReturnView.CitationView> cite(
            @PathParam("id") Long id, @PathParam("questionId") Long questionId, Citation citation) {
        if (citation == null || citation.documentId() == null) {
            throw new InvalidInputException("Give the library document to cite: {\"documentId\": 12}.");
        }
        return evidence.cite(id, questionId, citation.documentId());
    }

    @DELETE
    @Path("{id}/answers/{questionId}/citations/{documentId}")
    public List<ReturnView.CitationView> uncite(
            @PathParam("id") Long id,
            @PathParam("questionId") Long questionId,
            @PathParam("documentId") Long documentId) {
        return evidence.uncite(id, questionId, documentId);
    }

    /**
     * Describes a law the library does not have yet ({@code {"title": …, "year": …, "url": …}}) and cites it: it
     * becomes an unpublished library entry of the State that the secretariat completes. 201 with the citations.
     */
    @POST
    @Path("{id}/answers/{questionId}/citations/new-text")
    public Response describeNewText(@PathParam("id") Long id, @PathParam("questionId") Long questionId, NewText text) {
        if (text == null) {
            throw new InvalidInputException("Describe the text: {\"title\": …, \"year\": …, \"url\": …}.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(evidence.describeAndCite(id, questionId, text.title(), text.year(), text.url()))
                .build();
    }

    /** Library documents the caller's State can cite whose title contains {@code q}. */
    @GET
    @Path("citable")
    public List<CitableDocument> citable(@QueryParam("q") String q, @QueryParam("max") @DefaultValue("10") int max) {
        return evidence.citable(q, max);
    }

    /**
     * The return as an Excel workbook to fill in offline, worded in the caller's language: one row per question, the
     * status as a drop-down list, the answer cells the only ones unlocked.
     */
    @GET
    @Path("{id}/workbook")
    @Produces(MediaType.WILDCARD)
    public Response workbook(@PathParam("id") Long id) {
        ReturnWorkbooks.Download download = workbooks.download(id);
        return Response.ok(download.content(), ReturnWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * A filled workbook (the request body) set against the draft: {@code {"changes", "conflicts", "problems"}}. With
     * {@code ?dryRun=true} nothing is saved. Otherwise the changes are saved (200, {@code "applied": true}), unless an
     * answer was changed both online since the download and in the workbook: 409 with those conflicts, until the
     * caller sends a choice for each in {@code ?resolve=<questionId>:mine|theirs,…} ("mine" keeps the workbook's
     * answer). A file that cannot be taken (not an .xlsx, macros, formulas, another return, questions changed): 422
     * with its problems, and nothing saved.
     */
    @POST
    @Path("{id}/workbook")
    @Consumes(MediaType.WILDCARD)
    public Response uploadWorkbook(
            @PathParam("id") Long id,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("resolve") String resolve,
            InputStream body) {
        WorkbookReview review = workbooks.upload(id, body, dryRun, choices(resolve));
        int status = !review.problems().isEmpty() ? 422 : !dryRun && !review.applied() ? 409 : 200;
        return Response.status(status).entity(review).build();
    }

    /** {@code 12:mine,13:theirs} as choices by question id. */
    static Map<Long, OfflineEdits.Choice> choices(String resolve) {
        Map<Long, OfflineEdits.Choice> choices = new LinkedHashMap<>();
        if (resolve == null || resolve.isBlank()) {
            return choices;
        }
        for (String item : resolve.split(",")) {
            String[] parts = item.strip().split(":");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException(item);
                }
                choices.put(
                        Long.valueOf(parts[0].strip()),
                        OfflineEdits.Choice.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Give each choice as <questionId>:mine or <questionId>:theirs,"
                        + " separated by commas (?resolve=12:mine,13:theirs); \"" + item + "\" is neither.");
            }
        }
        return choices;
    }

    /**
     * Who did what to the return (each answer saved, submissions, clearance, review), and who tried and was refused:
     * the audit trail, for the secretariat and the State's focal points.
     */
    @GET
    @Path("{id}/history")
    public List<AuditEntry> history(@PathParam("id") Long id) {
        return returns.history(id).stream()
                .map(e -> new AuditEntry(
                        e.occurredAt(), e.actor(), e.action(), e.outcome().name(), e.detail()))
                .toList();
    }

    public record AuditEntry(
            java.time.Instant occurredAt, String actor, String action, String outcome, String detail) {}

    /** Two submitted versions side by side, answer by answer. */
    @GET
    @Path("{id}/compare")
    public VersionComparison compare(@PathParam("id") Long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return returns.compare(id, from, to);
    }
}
