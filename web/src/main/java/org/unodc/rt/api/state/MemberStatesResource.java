package org.unodc.rt.api.state;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyStatus;

@Path("/member-states")
@Produces(MediaType.APPLICATION_JSON)
public class MemberStatesResource {

    public record MemberStateJson(
            String iso3, String iso2, String m49, String regionalGroup, Map<String, String> names) {

        static MemberStateJson of(MemberState state) {
            Map<String, String> names = new LinkedHashMap<>();
            state.names().forEach((language, name) -> names.put(language.code(), name));
            return new MemberStateJson(
                    state.iso3(),
                    state.iso2(),
                    state.m49(),
                    state.regionalGroup().name(),
                    names);
        }
    }

    public record PartyStatusJson(String instrument, String action, LocalDate date) {
        static PartyStatusJson of(PartyStatus status) {
            return new PartyStatusJson(
                    status.instrument().code(), status.action().name(), status.actionDate());
        }
    }

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
}
