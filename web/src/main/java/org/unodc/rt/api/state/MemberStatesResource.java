package org.unodc.rt.api.state;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;

@Path("/member-states")
@Produces(MediaType.APPLICATION_JSON)
public class MemberStatesResource {

    /** @param requiresClearance whether a second focal point clears each return before it goes to the secretariat */
    public record MemberStateJson(
            String iso3,
            String iso2,
            String m49,
            String regionalGroup,
            Map<String, String> names,
            boolean requiresClearance) {

        static MemberStateJson of(MemberState state) {
            Map<String, String> names = new LinkedHashMap<>();
            state.names().forEach((language, name) -> names.put(language.code(), name));
            return new MemberStateJson(
                    state.iso3(),
                    state.iso2(),
                    state.m49(),
                    state.regionalGroup().name(),
                    names,
                    state.requiresClearance());
        }
    }

    /** A State's status to one instrument, with where it comes from and as of when ({@code sourceNote}, English). */
    public record PartyStatusJson(
            String instrument,
            String action,
            LocalDate date,
            LocalDate signed,
            String source,
            LocalDate asOf,
            String sourceNote) {
        static PartyStatusJson of(PartyStatus status) {
            return new PartyStatusJson(
                    status.instrument().code(),
                    status.action().name(),
                    status.actionDate(),
                    status.signedOn(),
                    status.source().name(),
                    status.asOf(),
                    note(status));
        }

        /** "as of 2014-01-27, source: UN Treaty Collection", or that the status is demo data. */
        static String note(PartyStatus status) {
            return switch (status.source()) {
                case UNTC -> "as of " + status.asOf() + ", source: UN Treaty Collection";
                case SECRETARIAT -> (status.asOf() == null ? "" : "as of " + status.asOf() + ", ")
                        + "source: entered by the UNODC secretariat";
                case DEMO -> "demo data, not the real status";
            };
        }
    }

    /** A correction: any part may be left out; names only for the languages that change. */
    public record StateCorrectionJson(String regionalGroup, Map<String, String> names, Boolean requiresClearance) {}

    public record PartyStatusChangeJson(String action, LocalDate date) {}

    public record MemberStateDetailJson(MemberStateJson state, List<PartyStatusJson> partyStatus) {}

    @Inject
    MemberStateService states;

    @GET
    public List<MemberStateJson> list() {
        return states.list().stream().map(MemberStateJson::of).toList();
    }

    @GET
    @Path("{iso3}")
    public MemberStateDetailJson get(@PathParam("iso3") String iso3) {
        MemberState state = states.getState(iso3);
        return new MemberStateDetailJson(
                MemberStateJson.of(state),
                states.partyStatus(state.iso3()).stream()
                        .map(PartyStatusJson::of)
                        .toList());
    }

    /** Corrects a State's regional group and names (secretariat); each change is audited. */
    @PUT
    @Path("{iso3}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberStateJson correct(@PathParam("iso3") String iso3, StateCorrectionJson body) {
        if (body == null) {
            throw new InvalidInputException("Send {\"regionalGroup\": \"AFRICAN\" …, \"names\": {\"en\": \"…\", …}};"
                    + " leave out what does not change.");
        }
        RegionalGroup group = body.regionalGroup() == null ? null : parse(RegionalGroup.class, body.regionalGroup());
        Map<UnLanguage, String> names = new EnumMap<>(UnLanguage.class);
        if (body.names() != null) {
            body.names()
                    .forEach((code, name) -> names.put(
                            UnLanguage.fromCode(code)
                                    .orElseThrow(() -> new InvalidInputException("\"" + code
                                            + "\" is not one of the six languages: ar, zh, en, fr, ru, es.")),
                            name));
        }
        MemberState corrected = states.correct(iso3, group, names);
        if (body.requiresClearance() != null) {
            corrected = states.requireClearance(iso3, body.requiresClearance());
        }
        return MemberStateJson.of(corrected);
    }

    /** Records what a State deposited for an instrument and when (secretariat); audited. */
    @PUT
    @Path("{iso3}/party-status/{instrument}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartyStatusJson recordPartyStatus(
            @PathParam("iso3") String iso3, @PathParam("instrument") String instrument, PartyStatusChangeJson body) {
        if (body == null || body.action() == null || body.date() == null) {
            throw new InvalidInputException(
                    "Send {\"action\": \"RATIFICATION\" (or SIGNATURE_ONLY, ACCESSION, ACCEPTANCE, APPROVAL,"
                            + " SUCCESSION), \"date\": \"2004-01-23\"}.");
        }
        return PartyStatusJson.of(states.recordPartyStatus(
                iso3, instrument.toUpperCase(Locale.ROOT), parse(PartyAction.class, body.action()), body.date()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "\"" + value + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
