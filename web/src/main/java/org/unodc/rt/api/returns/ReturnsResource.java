package org.unodc.rt.api.returns;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.unodc.rt.application.returns.AnswerInput;
import org.unodc.rt.application.returns.ReturnService;
import org.unodc.rt.application.returns.ReturnSummary;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.VersionComparison;
import org.unodc.rt.domain.state.RegionalGroup;

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

    public record Submission(boolean declaration) {}

    public record NewComment(Integer questionPosition, String body) {}

    @Inject
    ReturnService returns;

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
        return returns.saveDraft(id, draft.version(), draft.answers() == null ? List.of() : draft.answers());
    }

    /** Submits after validation; 422 names each question that still needs an answer or a narrative. */
    @POST
    @Path("{id}/submit")
    public ReturnView submit(@PathParam("id") Long id, Submission submission) {
        return returns.submit(id, submission != null && submission.declaration());
    }

    @POST
    @Path("{id}/carry-over")
    public ReturnView carryOver(@PathParam("id") Long id) {
        return returns.carryOver(id);
    }

    @POST
    @Path("{id}/comments")
    public ReturnView comment(@PathParam("id") Long id, NewComment comment) {
        return returns.comment(id, comment.questionPosition(), comment.body());
    }

    @POST
    @Path("{id}/request-clarification")
    public ReturnView requestClarification(@PathParam("id") Long id) {
        return returns.requestClarification(id);
    }

    @POST
    @Path("{id}/accept")
    public ReturnView accept(@PathParam("id") Long id) {
        return returns.accept(id);
    }

    /** Who did what to the return, and who tried and was refused: the audit trail, for the secretariat. */
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
