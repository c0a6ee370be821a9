package com.lzp.survey.collection;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/waves")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class WaveResource {

    private final WaveService waves;

    WaveResource(WaveService waves) {
        this.waves = waves;
    }

    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
    @GET
    @Operation(summary = "List waves, newest first")
    public List<WaveView> list() {
        return waves.list();
    }

    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
    @GET
    @Path("/{wave}")
    @Operation(summary = "One wave")
    @APIResponse(responseCode = "200", description = "The wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveView get(@RestPath String wave) {
        return waves.get(wave);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{wave}/close")
    @Operation(summary = "Close a wave: its links stop taking responses")
    @APIResponse(responseCode = "200", description = "The closed wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveView close(@RestPath String wave) {
        return waves.close(wave);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/{wave}/open")
    @Operation(summary = "Open a closed wave again")
    @APIResponse(responseCode = "200", description = "The open wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveView open(@RestPath String wave) {
        return waves.reopen(wave);
    }

    @RolesAllowed(Roles.ADMIN)
    @GET
    @Path("/{wave}/invitations")
    @Operation(summary = "The wave's invitation links, one per unit, with response counts")
    @APIResponse(responseCode = "200", description = "The links")
    @APIResponse(responseCode = "404", description = "No such wave")
    public List<InvitationView> invitations(@RestPath String wave) {
        return waves.invitations(wave);
    }
}
