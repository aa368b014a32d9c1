package org.unodc.rt.api.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.account.AccountAdministration;
import org.unodc.rt.application.account.AccountView;
import org.unodc.rt.application.account.NewAccount;

/** The secretariat's administration of users: invite, re-send an invitation, deactivate, reactivate, unlock. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    AccountAdministration accounts;

    @Context
    UriInfo uri;

    @GET
    public List<AccountView> list() {
        return accounts.users();
    }

    @GET
    @Path("{username}")
    public AccountView get(@PathParam("username") String username) {
        return accounts.getUser(username);
    }

    /** Creates the account and e-mails the invitation; 201 with the account's address. */
    @POST
    public Response invite(NewAccount body) {
        if (body == null) {
            throw new InvalidInputException("Send {\"username\", \"displayName\", \"email\", \"role\", \"stateIso3\","
                    + " \"language\"}; the State only for a focal point.");
        }
        AccountView created = accounts.invite(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created)
                .build();
    }

    /** A fresh invitation link for someone who has not set a password yet; earlier links stop working. */
    @POST
    @Path("{username}/invitation")
    public AccountView resendInvitation(@PathParam("username") String username) {
        return accounts.resendInvitation(username);
    }

    @POST
    @Path("{username}/deactivate")
    public AccountView deactivate(@PathParam("username") String username) {
        return accounts.deactivate(username);
    }

    @POST
    @Path("{username}/reactivate")
    public AccountView reactivate(@PathParam("username") String username) {
        return accounts.reactivate(username);
    }

    @POST
    @Path("{username}/unlock")
    public AccountView unlock(@PathParam("username") String username) {
        return accounts.unlock(username);
    }
}
