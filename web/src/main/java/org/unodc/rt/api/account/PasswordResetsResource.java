package org.unodc.rt.api.account;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.account.PasswordLinks;
import org.unodc.rt.application.account.TokenCheck;

/**
 * Passwords set through the links sent by e-mail. Asking for a reset is public and always answers the same, so it
 * cannot be used to find out which user names or addresses have accounts. The token of an invitation link works
 * here too: it sets the first password.
 */
@Path("/password-resets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    static final String NEUTRAL = "If an active account has this user name or e-mail address, a link to choose a new"
            + " password is on its way to the account's e-mail address. It expires in one hour.";

    public record ResetRequest(String login) {}

    public record Accepted(String message) {}

    public record NewPassword(String password) {}

    public record PasswordSet(String username, String message) {}

    @Inject
    PasswordLinks accounts;

    @Context
    HttpServletRequest http;

    /** Always 202 with the same message, or 429 with {@code Retry-After} when this address asked too often. */
    @POST
    public Response request(ResetRequest body) {
        accounts.requestPasswordReset(body == null ? null : body.login(), http.getRemoteAddr());
        return Response.accepted(new Accepted(NEUTRAL)).build();
    }

    /** Whether the link's token can still set a password, and for which purpose; changes nothing. */
    @GET
    @Path("{token}")
    public TokenCheck check(@PathParam("token") String token) {
        return accounts.checkToken(token);
    }

    @POST
    @Path("{token}")
    public PasswordSet setPassword(@PathParam("token") String token, NewPassword body) {
        if (body == null || body.password() == null) {
            throw new InvalidInputException("Send {\"password\": \"…\"} with at least 12 characters.");
        }
        String username = accounts.setPassword(token, body.password().toCharArray());
        return new PasswordSet(username, "Your password is set. Sign in as " + username + " with it.");
    }
}
