package org.unodc.rt.api.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.SessionService;
import org.unodc.rt.domain.session.CommissionSession;

/** Sessions of the Commission; POST plans one, PUT corrects its year, dates and place (secretariat, audited). */
@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    public record SessionJson(int ordinal, int year, LocalDate startDate, LocalDate endDate, String place) {
        static SessionJson of(CommissionSession s) {
            return new SessionJson(s.ordinal(), s.year(), s.startDate(), s.endDate(), s.place());
        }
    }

    /** The body of POST (with the ordinal) and PUT (the ordinal is in the address). */
    public record SessionInputJson(
            Integer ordinal, Integer year, LocalDate startDate, LocalDate endDate, String place) {}

    @Inject
    SessionService sessions;

    @Context
    UriInfo uri;

    @GET
    public List<SessionJson> list() {
        return sessions.list().stream().map(SessionJson::of).toList();
    }

    @GET
    @Path("{ordinal}")
    public SessionJson get(@PathParam("ordinal") int ordinal) {
        return SessionJson.of(sessions.getSession(ordinal));
    }

    @POST
    public Response plan(SessionInputJson body) {
        if (body == null || body.ordinal() == null || body.year() == null) {
            throw new InvalidInputException("Send {\"ordinal\": 37, \"year\": 2028, \"startDate\": \"2028-05-15\","
                    + " \"endDate\": \"2028-05-19\", \"place\": \"Vienna\"}; the dates may both be left out.");
        }
        CommissionSession created =
                sessions.plan(body.ordinal(), body.year(), body.startDate(), body.endDate(), body.place());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.ordinal()))
                        .build())
                .entity(SessionJson.of(created))
                .build();
    }

    @PUT
    @Path("{ordinal}")
    public SessionJson replan(@PathParam("ordinal") int ordinal, SessionInputJson body) {
        if (body == null || body.year() == null) {
            throw new InvalidInputException("Send {\"year\": 2028, \"startDate\": \"2028-05-15\", \"endDate\":"
                    + " \"2028-05-19\", \"place\": \"Vienna\"}; the dates may both be left out.");
        }
        if (body.ordinal() != null && body.ordinal() != ordinal) {
            throw new InvalidInputException("A session's number cannot change; the address says " + ordinal
                    + " and the body " + body.ordinal() + ".");
        }
        return SessionJson.of(sessions.replan(ordinal, body.year(), body.startDate(), body.endDate(), body.place()));
    }
}
