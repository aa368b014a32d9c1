package org.unodc.rt.api.progress;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.unodc.rt.application.progress.StateProfile;
import org.unodc.rt.application.progress.StateProfiles;

/**
 * A State's profile, public: only what the State allowed to be published; the secretariat reads everything, and its
 * profile adds focal points, open clarifications and the return history ({@code secretariat}).
 */
@Path("states")
@Produces(MediaType.APPLICATION_JSON)
public class StateProfileResource {

    @Inject
    StateProfiles profiles;

    /** {@code partyStatus}, {@code cycles}, {@code paragraphs}, {@code documents}; more for the secretariat. */
    @GET
    @Path("{iso3}/profile")
    public StateProfile profile(@PathParam("iso3") String iso3) {
        return profiles.profile(iso3);
    }
}
