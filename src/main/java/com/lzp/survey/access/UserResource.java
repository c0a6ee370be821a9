package com.lzp.survey.access;

import com.lzp.survey.common.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    private final UserService users;
    private final SecurityIdentity identity;

    UserResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @GET
    @Path("/users")
    @Operation(summary = "The accounts")
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give someone an account with a role")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Name, password or role not acceptable")
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(NewUserRequest request) {
        UserView created = users.create(request);
        return Response.created(URI.create("/api/users/" + created.username()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/account/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
    @Operation(summary = "Change one's own password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong or new one not acceptable")
    public Response changePassword(ChangePasswordRequest request) {
        users.changePassword(identity.getPrincipal().getName(), request);
        return Response.noContent().build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The newest audit records: who requested what, when")
    public List<AuditRecord> audit(@RestQuery Integer limit) {
        return AuditEvent.listNewestFirst(limit == null ? 200 : Math.max(1, Math.min(limit, 5000))).stream()
                .map(AuditRecord::of)
                .toList();
    }
}
