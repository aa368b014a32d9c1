package org.unodc.rt.api.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.api.ContentDisposition;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.reports.ReportService;
import org.unodc.rt.application.reports.ReturnDocuments;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.report.GeneratedReport;
import org.unodc.rt.reports.ReportFormat;

@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    public record GenerateRequest(Long cycleId, String kind, Long resolutionId, String format, String conclusions) {}

    public record GeneratedJson(
            long id,
            String kind,
            String symbol,
            String title,
            String format,
            long cycleId,
            Long resolutionId,
            int acceptedReturns,
            int openReturns,
            long size,
            Instant createdAt,
            String createdBy,
            String download,
            String fileName) {
        static GeneratedJson of(GeneratedReport g) {
            return new GeneratedJson(
                    g.id(),
                    g.kind().name(),
                    g.symbol(),
                    g.title(),
                    g.format(),
                    g.cycleId(),
                    g.resolutionId(),
                    g.acceptedReturns(),
                    g.openReturns(),
                    g.fileSize(),
                    g.createdAt(),
                    g.createdBy(),
                    "/api/v1/reports/" + g.id() + "/file",
                    g.downloadName());
        }
    }

    @Inject
    ReportService reports;

    @Inject
    ReturnDocuments returnDocuments;

    @Inject
    ReturnQueries returnQueries;

    @GET
    public List<GeneratedJson> list(@QueryParam("cycle") Long cycleId) {
        return reports.generated(cycleId).stream().map(GeneratedJson::of).toList();
    }

    @GET
    @Path("summary")
    public ReportService.DataSummary summary(@QueryParam("cycle") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidInputException("Give the cycle: ?cycle=N.");
        }
        return reports.summary(cycleId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(GenerateRequest request) {
        if (request == null || request.cycleId() == null || request.kind() == null) {
            throw new InvalidInputException("Send {\"cycleId\", \"kind\" (SECRETARY_GENERAL_REPORT, SESSION_REPORT or"
                    + " CYCLE_MATRIX), \"resolutionId\" (for the Secretary-General's report), \"format\"}.");
        }
        GeneratedReport.Kind kind;
        try {
            kind = GeneratedReport.Kind.valueOf(request.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind must be SECRETARY_GENERAL_REPORT, SESSION_REPORT or CYCLE_MATRIX.");
        }
        String format = request.format() == null
                ? (kind == GeneratedReport.Kind.CYCLE_MATRIX ? "XLSX" : "PDF")
                : request.format();
        GeneratedReport generated =
                reports.generate(request.cycleId(), kind, request.resolutionId(), format, request.conclusions());
        return Response.status(Response.Status.CREATED)
                .entity(GeneratedJson.of(generated))
                .build();
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @QueryParam("inline") @DefaultValue("false") boolean inline) {
        GeneratedReport report = reports.getGenerated(id);
        java.nio.file.Path file = reports.file(id);
        ReportFormat format = ReportFormat.valueOf(report.format());
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", ContentDisposition.of(inline, report.downloadName()))
                .build();
    }

    /** The cycle matrix as a spreadsheet: handed over, not kept among the reports (it is a working file). */
    @GET
    @Path("matrix.xlsx")
    @Produces(MediaType.WILDCARD)
    public Response matrix(@QueryParam("cycle") Long cycleId) {
        if (cycleId == null) {
            throw new InvalidInputException("Give the cycle: ?cycle=N.");
        }
        return Response.ok(reports.matrix(cycleId), ReportFormat.XLSX.mediaType())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment("reporting-matrix-cycle-" + cycleId + ".xlsx"))
                .build();
    }

    /**
     * A State's return as a document (PDF by default) at any stage; a focal point gets only its own State's. Worded in
     * {@code lang} (ar, zh, en, fr, ru, es), by default in the language of the caller's account.
     */
    @GET
    @Path("returns/{returnId}")
    @Produces(MediaType.WILDCARD)
    public Response returnDocument(
            @PathParam("returnId") long returnId,
            @QueryParam("format") @DefaultValue("PDF") String format,
            @QueryParam("lang") String language) {
        byte[] document = returnDocuments.returnDocument(returnId, format, language);
        ReportFormat reportFormat = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        return Response.ok(document, reportFormat.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(returnFileName(returnId, reportFormat)))
                .build();
    }

    /** "return-PER-cycle-35-v3.pdf": the State, the cycle and the version submitted last ("draft" before any). */
    private String returnFileName(long returnId, ReportFormat format) {
        ReturnView view = returnQueries.getReturn(returnId);
        int versions = view.versions().size();
        return "return-" + view.stateIso3() + "-cycle-" + view.cycleId() + "-"
                + (versions == 0 ? "draft" : "v" + versions) + "." + format.extension();
    }
}
