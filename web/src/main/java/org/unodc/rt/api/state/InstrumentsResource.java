package org.unodc.rt.api.state;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.application.PartyStatusImport;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.PartyStatusChange;

/** The instruments the platform follows and each State's standing towards them, with where the status comes from. */
@Path("/instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentsResource {

    public record InstrumentJson(
            String code,
            String shortName,
            String name,
            LocalDate adoptedOn,
            String supplements,
            String untcNumber,
            String untcStatusPage) {

        static InstrumentJson of(Instrument i) {
            return new InstrumentJson(
                    i.code(),
                    i.shortName(),
                    i.englishName(),
                    i.adoptedOn(),
                    i.parentCode(),
                    i.untcNumber(),
                    i.untcStatusPage());
        }
    }

    public record PartyJson(
            String iso3,
            String action,
            boolean party,
            LocalDate date,
            LocalDate signed,
            String source,
            LocalDate asOf,
            String sourceNote) {

        static PartyJson of(PartyStatus p) {
            return new PartyJson(
                    p.state().iso3(),
                    p.action().name(),
                    p.isParty(),
                    p.actionDate(),
                    p.signedOn(),
                    p.source().name(),
                    p.asOf(),
                    MemberStatesResource.PartyStatusJson.note(p));
        }
    }

    public record PartiesJson(InstrumentJson instrument, long parties, List<PartyJson> states) {}

    public record ChangeJson(
            String iso3,
            String before,
            LocalDate dateBefore,
            String after,
            LocalDate dateAfter,
            LocalDate signedAfter,
            String source,
            LocalDate asOf,
            String changedBy,
            java.time.Instant changedAt) {

        static ChangeJson of(PartyStatusChange c) {
            return new ChangeJson(
                    c.stateIso3(),
                    c.actionBefore() == null ? null : c.actionBefore().name(),
                    c.dateBefore(),
                    c.actionAfter() == null ? null : c.actionAfter().name(),
                    c.dateAfter(),
                    c.signedAfter(),
                    c.source().name(),
                    c.asOf(),
                    c.changedBy(),
                    c.changedAt());
        }
    }

    @Inject
    MemberStateService states;

    @Inject
    PartyStatusImport importer;

    @GET
    public List<InstrumentJson> list() {
        return states.instruments().stream().map(InstrumentJson::of).toList();
    }

    /** Every State that signed or is party to the instrument, with the source of each status. */
    @GET
    @Path("{code}/parties")
    public PartiesJson parties(@PathParam("code") String code) {
        Instrument instrument = states.getInstrument(code.toUpperCase(Locale.ROOT));
        List<PartyStatus> statuses = states.partiesTo(instrument.code());
        return new PartiesJson(
                InstrumentJson.of(instrument),
                statuses.stream().filter(PartyStatus::isParty).count(),
                statuses.stream().map(PartyJson::of).toList());
    }

    /**
     * Imports the instrument's status table from the UN Treaty Collection (secretariat): the CSV of the table, a
     * header row (Participant, Signature, the deposit column) and one row per participant. The table replaces the
     * instrument's status; {@code dryRun=true} reads and matches the same way and changes nothing; {@code asOf} is
     * the day the table was taken (default: its latest date). A bad table is refused whole (422), naming each line.
     */
    @POST
    @Path("{code}/status-import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    public PartyStatusImport.Result importStatus(
            @PathParam("code") String code,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("asOf") String asOf,
            String csv) {
        return importer.importTable(code.toUpperCase(Locale.ROOT), csv, date(asOf), dryRun);
    }

    /** Every change of status to the instrument, the latest first (secretariat). */
    @GET
    @Path("{code}/status-history")
    public List<ChangeJson> history(@PathParam("code") String code) {
        return importer
                .history(states.getInstrument(code.toUpperCase(Locale.ROOT)).code())
                .stream()
                .map(ChangeJson::of)
                .toList();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf=" + value + " is not a date like 2014-01-27.");
        }
    }
}
