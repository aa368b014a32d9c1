package org.unodc.rt.api.cycle;

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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.api.ContentDisposition;
import org.unodc.rt.api.Languages;
import org.unodc.rt.application.cycle.CycleLifecycle;
import org.unodc.rt.application.cycle.CyclePlanning;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.cycle.CycleView;
import org.unodc.rt.application.cycle.ReminderService;
import org.unodc.rt.application.returns.ReturnDrafting;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.application.returns.StatusMatrix;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.returns.Completeness;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.export.Table;
import org.unodc.rt.web.common.Labels;

/** Reporting cycles: the questionnaire for everybody signed in; set-up and follow-up for the secretariat. */
@Path("/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CyclesResource {

    /** What the secretariat sends to set up a cycle. */
    public record NewCycle(
            int sessionOrdinal,
            String title,
            LocalDate opensOn,
            LocalDate deadline,
            List<Integer> reminderDays,
            List<Long> resolutionIds,
            List<CyclePlanning.NewQuestion> questions) {}

    public record Extension(String iso3, LocalDate extendedTo) {}

    public record RemindersSent(int states) {}

    @Inject
    CycleService cycles;

    @Inject
    CyclePlanning planning;

    @Inject
    CycleLifecycle lifecycle;

    @Inject
    ReturnQueries returns;

    @Inject
    ReturnDrafting drafting;

    @Inject
    ReminderService reminders;

    @Inject
    Labels labels;

    @GET
    public List<CycleView> list() {
        return cycles.list();
    }

    @POST
    public Response create(NewCycle body) {
        CycleView created = planning.create(
                body.sessionOrdinal(),
                body.title(),
                body.opensOn(),
                body.deadline(),
                body.reminderDays(),
                body.resolutionIds(),
                body.questions());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /**
     * The questionnaire: the questions of the cycle, frozen once it is published; {@code ?lang=fr} gives each text in
     * French where the cycle has it (a question from a paragraph quotes the resolution's French text), the original
     * otherwise, each with its {@code language}.
     */
    @GET
    @Path("{id}")
    public CycleView questionnaire(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return cycles.questionnaire(id, Languages.orElse(lang, Question.ORIGINAL));
    }

    @GET
    @Path("{id}/questionnaire")
    public CycleView questionnaireAlias(@PathParam("id") Long id, @QueryParam("lang") String lang) {
        return questionnaire(id, lang);
    }

    /** A question's wording in one more language: {@code {"text": …, "guidance": …}}; a blank text removes it. */
    public record Translation(String text, String guidance) {}

    @PUT
    @Path("{id}/questions/{questionId}/translations/{lang}")
    public CycleView translateQuestion(
            @PathParam("id") Long id,
            @PathParam("questionId") Long questionId,
            @PathParam("lang") String lang,
            Translation body) {
        UnLanguage language = Languages.of(lang);
        return planning.translateQuestion(
                id, questionId, language, body == null ? null : body.text(), body == null ? null : body.guidance());
    }

    /** The cycle's title in one more language, {@code {"text": …}}; a blank text removes it. */
    @PUT
    @Path("{id}/title/{lang}")
    public CycleView translateTitle(@PathParam("id") Long id, @PathParam("lang") String lang, Translation body) {
        UnLanguage language = Languages.of(lang);
        return planning.translateTitle(id, language, body == null ? null : body.text());
    }

    @POST
    @Path("{id}/questions")
    public CycleView addQuestion(@PathParam("id") Long id, CyclePlanning.NewQuestion question) {
        return planning.addQuestion(id, question);
    }

    @POST
    @Path("{id}/publish")
    public CycleView publish(@PathParam("id") Long id) {
        return lifecycle.publish(id);
    }

    @POST
    @Path("{id}/open")
    public CycleView open(@PathParam("id") Long id) {
        return lifecycle.open(id);
    }

    @POST
    @Path("{id}/close")
    public CycleView close(@PathParam("id") Long id) {
        return lifecycle.close(id);
    }

    @POST
    @Path("{id}/extensions")
    public CycleView extend(@PathParam("id") Long id, Extension extension) {
        return lifecycle.extendDeadline(id, extension.iso3(), extension.extendedTo());
    }

    /** Runs the daily reminder check now. */
    @POST
    @Path("reminders")
    public RemindersSent remind() {
        return new RemindersSent(reminders.sendDueReminders());
    }

    /** The caller's State's return in this cycle; 404 while nobody has started it (reading never starts it). */
    @GET
    @Path("{id}/returns/mine")
    public ReturnView myReturn(@PathParam("id") Long id) {
        return drafting.myReturn(id);
    }

    /** "Start the return": a focal point starts the State's return as an empty draft; the existing one if started. */
    @POST
    @Path("{id}/returns/mine")
    public ReturnView startMyReturn(@PathParam("id") Long id) {
        return drafting.startMyReturn(id);
    }

    @GET
    @Path("{id}/completeness")
    public Completeness completeness(@PathParam("id") Long id) {
        return returns.completeness(id);
    }

    /** The same figures as a spreadsheet (CSV): one line per regional group and a total. */
    @GET
    @Path("{id}/completeness")
    @Produces("text/csv")
    public Response completenessCsv(@PathParam("id") Long id) {
        return file(completenessTable(id), "completeness-cycle-" + id, false);
    }

    /** For a link in a page: a browser cannot choose the Accept header. */
    @GET
    @Path("{id}/completeness.csv")
    @Produces("text/csv")
    public Response completenessCsvFile(@PathParam("id") Long id) {
        return completenessCsv(id);
    }

    @GET
    @Path("{id}/completeness.xlsx")
    @Produces(Table.XLSX)
    public Response completenessXlsx(@PathParam("id") Long id) {
        return file(completenessTable(id), "completeness-cycle-" + id, true);
    }

    @GET
    @Path("{id}/matrix")
    public StatusMatrix matrix(@PathParam("id") Long id) {
        return returns.matrix(id);
    }

    @GET
    @Path("{id}/matrix")
    @Produces("text/csv")
    public Response matrixCsv(@PathParam("id") Long id) {
        return file(matrixTable(id), "matrix-cycle-" + id, false);
    }

    @GET
    @Path("{id}/matrix.csv")
    @Produces("text/csv")
    public Response matrixCsvFile(@PathParam("id") Long id) {
        return matrixCsv(id);
    }

    @GET
    @Path("{id}/matrix.xlsx")
    @Produces(Table.XLSX)
    public Response matrixXlsx(@PathParam("id") Long id) {
        return file(matrixTable(id), "matrix-cycle-" + id, true);
    }

    /** Labels in the reader's language, as the page shows them: regional groups by name, never by code. */
    private Table completenessTable(Long id) {
        Completeness c = returns.completeness(id);
        List<List<Object>> rows = new ArrayList<>();
        c.groups()
                .forEach(row ->
                        rows.add(figures(labels.regionalGroupCode(row.group().name()), row)));
        rows.add(figures(labels.text("completeness.total"), c.total()));
        return new Table(
                labels.text("completeness.heading"),
                List.of(
                        labels.text("states.group"),
                        labels.text("completeness.expected"),
                        labels.text("completeness.submitted"),
                        labels.text("completeness.onTime"),
                        labels.text("completeness.late"),
                        labels.text("completeness.missing"),
                        labels.text("completeness.rate"),
                        labels.text("completeness.onTimeRate")),
                rows);
    }

    private Table matrixTable(Long id) {
        StatusMatrix m = returns.matrix(id);
        List<String> header = new ArrayList<>(List.of(labels.text("users.state"), labels.text("states.group")));
        header.addAll(m.questions());
        List<List<Object>> rows = new ArrayList<>();
        for (StatusMatrix.Row row : m.rows()) {
            List<Object> values =
                    new ArrayList<>(List.of(labels.country(row.iso3()), labels.regionalGroupCode(row.regionalGroup())));
            row.statuses().forEach(status -> values.add(status == null ? "" : labels.implementationStatus(status)));
            rows.add(values);
        }
        return new Table(labels.text("matrix.sheet"), header, rows);
    }

    private static List<Object> figures(String group, Completeness.Row row) {
        return List.of(
                group,
                row.expected(),
                row.submitted(),
                row.onTime(),
                row.late(),
                row.missing(),
                row.reportingRate(),
                row.onTimeRate());
    }

    private static Response file(Table table, String name, boolean xlsx) {
        return (xlsx ? Response.ok(table.xlsx(), Table.XLSX) : Response.ok(table.csv(), "text/csv; charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment(name + (xlsx ? ".xlsx" : ".csv")))
                .build();
    }
}
