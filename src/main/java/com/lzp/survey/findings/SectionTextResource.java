package com.lzp.survey.findings;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The researchers' texts of a wave's report, part by part ({@code overview}, {@code effects}, {@code problems},
 * {@code causes}, {@code countermeasures}): everyone who may read the report reads them; researchers and admins
 * write them, each edit a new version.
 */
@Path("/api/waves/{wave}/report/texts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
public class SectionTextResource {

    private final SectionTexts texts;
    private final SecurityIdentity identity;

    SectionTextResource(SectionTexts texts, SecurityIdentity identity) {
        this.texts = texts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The latest researcher text of every part that has one, in report order")
    @APIResponse(responseCode = "200", description = "The texts")
    @APIResponse(responseCode = "404", description = "No such wave")
    public List<SectionText> list(@RestPath String wave) {
        return texts.list(wave);
    }

    @GET
    @Path("/{section}")
    @Operation(summary = "The latest researcher text of one part of the report")
    @APIResponse(responseCode = "200", description = "The text")
    @APIResponse(responseCode = "404", description = "No such wave or part, or the part has no text yet")
    public SectionText get(@RestPath String wave, @RestPath String section) {
        return texts.get(wave, section);
    }

    @GET
    @Path("/{section}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
    @Operation(summary = "Every version of one part's researcher text, newest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No such wave or part")
    public List<SectionText> history(@RestPath String wave, @RestPath String section) {
        return texts.history(wave, section);
    }

    @PUT
    @Path("/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
    @Operation(summary = "Save a new version of one part's researcher text (an empty body removes it from the report)")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "404", description = "No such wave or part")
    @APIResponse(responseCode = "409", description = "Someone else saved a newer version since expectedVersion")
    @APIResponse(responseCode = "422", description = "Body missing or too long, title too long")
    public SectionText save(@RestPath String wave, @RestPath String section, SectionTextRequest request) {
        return texts.save(wave, section, request, identity.getPrincipal().getName());
    }
}
