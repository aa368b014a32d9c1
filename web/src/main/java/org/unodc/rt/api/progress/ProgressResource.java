package org.unodc.rt.api.progress;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.api.ContentDisposition;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.progress.Progress;
import org.unodc.rt.application.progress.ProgressQueries;
import org.unodc.rt.application.progress.Trend;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.infrastructure.export.Table;

/**
 * Progress, public: per State and regional group, and across cycles, from what States allowed to be published (the
 * secretariat reads everything).
 */
@Path("progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressQueries progress;

    @Inject
    MemberStateService states;

    /**
     * Per State the reporting status in a cycle (latest cycle by default), or with {@code resolution} and
     * {@code paragraph} the published implementation status of that paragraph; totals by regional group.
     */
    @GET
    public Progress progress(
            @QueryParam("cycle") String cycle,
            @QueryParam("resolution") String resolution,
            @QueryParam("paragraph") String paragraph) {
        return progress.progress(
                number("cycle", cycle), number("resolution", resolution), integer("paragraph", paragraph));
    }

    /** Per paragraph of the resolution and cycle, the implementation rate, its change since the previous cycle. */
    @GET
    @Path("trend")
    public Trend trend(@QueryParam("resolution") String resolution) {
        Long id = number("resolution", resolution);
        if (id == null) {
            throw new InvalidInputException("Name the resolution: /api/v1/progress/trend?resolution=<id>.");
        }
        return progress.trend(id);
    }

    /** The same per State, as a spreadsheet: code, English name, regional group, value. */
    @GET
    @Path("export.{format:csv|xlsx}")
    @Produces({"text/csv", Table.XLSX})
    public Response progressFile(
            @PathParam("format") String format,
            @QueryParam("cycle") String cycle,
            @QueryParam("resolution") String resolution,
            @QueryParam("paragraph") String paragraph) {
        Progress figures = progress(cycle, resolution, paragraph);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        states.list().forEach(s -> names.put(s.iso3(), s.englishName()));
        List<List<Object>> rows = figures.states().stream()
                .map(v -> List.<Object>of(v.iso3(), names.get(v.iso3()), v.regionalGroup(), v.value()))
                .toList();
        Table table = new Table(
                "progress",
                List.of("iso3", "state", "regionalGroup", figures.measure().toLowerCase()),
                rows);
        return file(table, "progress", format);
    }

    /** The trend as a spreadsheet: one line per paragraph and cycle. */
    @GET
    @Path("trend/export.{format:csv|xlsx}")
    @Produces({"text/csv", Table.XLSX})
    public Response trendFile(@PathParam("format") String format, @QueryParam("resolution") String resolution) {
        Trend trend = trend(resolution);
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        trend.cycles().forEach(c -> titles.put(c.id(), c.title()));
        List<List<Object>> rows = new ArrayList<>();
        for (Trend.Point p : trend.points()) {
            List<Object> row = new ArrayList<>(List.of(
                    trend.resolution(),
                    p.paragraph(),
                    titles.get(p.cycleId()),
                    p.reported(),
                    p.implemented(),
                    p.partially(),
                    p.rate() == null ? "" : p.rate(),
                    p.change() == null ? "" : p.change()));
            for (RegionalGroup group : RegionalGroup.values()) {
                Double rate = p.byGroup().get(group.name());
                row.add(rate == null ? "" : rate);
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(
                "resolution", "paragraph", "cycle", "reported", "implemented", "partially", "rate", "changePoints"));
        for (RegionalGroup group : RegionalGroup.values()) {
            header.add("rate" + group.name());
        }
        return file(new Table("trend", header, rows), "trend-" + trend.resolutionId(), format);
    }

    private static Response file(Table table, String name, String format) {
        boolean xlsx = "xlsx".equals(format);
        return (xlsx ? Response.ok(table.xlsx(), Table.XLSX) : Response.ok(table.csv(), "text/csv; charset=UTF-8"))
                .header("Content-Disposition", ContentDisposition.attachment(name + (xlsx ? ".xlsx" : ".csv")))
                .build();
    }

    private static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + "=" + value + " is not a number; give the id, e.g. " + name + "=3.");
        }
    }

    private static Integer integer(String name, String value) {
        Long n = number(name, value);
        if (n != null && (n < 1 || n > 10_000)) {
            throw new InvalidInputException(name + "=" + value + " is not a paragraph number.");
        }
        return n == null ? null : n.intValue();
    }
}
