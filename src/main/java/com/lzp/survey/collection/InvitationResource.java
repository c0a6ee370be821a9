package com.lzp.survey.collection;

import com.lzp.survey.common.Problem;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/invitations/{token}")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class InvitationResource {

    private final SubmissionService submissions;
    private final QuestionnaireCatalog catalog;

    InvitationResource(SubmissionService submissions, QuestionnaireCatalog catalog) {
        this.submissions = submissions;
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "What the form of an invitation link shows")
    @APIResponse(responseCode = "200", description = "The unit, the wave and the questionnaire")
    @APIResponse(responseCode = "404", description = "Unknown link")
    public InvitationForm form(@RestPath String token) {
        Invitation invitation = SubmissionService.invitationFor(token);
        return new InvitationForm(
                invitation.wave.code,
                invitation.wave.title,
                invitation.wave.demo,
                invitation.unit.code,
                invitation.unit.name,
                invitation.unit.type.label(),
                invitation.isOpen(),
                catalog.definition(invitation.wave.questionnaire.id));
    }

    @POST
    @Path("/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one response; the same submissionId again returns the stored one")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "Stored earlier by a submission with the same id")
    @APIResponse(responseCode = "400", description = "Malformed request")
    @APIResponse(responseCode = "404", description = "Unknown link")
    @APIResponse(responseCode = "409", description = "The submissionId was used for different answers")
    @APIResponse(responseCode = "410", description = "The link or its wave is closed")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Answers break the questionnaire's rules")
    public Response submit(@RestPath String token, SubmitResponseRequest request) {
        Submission submission = submissions.submit(token, request);
        if (!submission.created()) {
            return Response.ok(submission.receipt()).build();
        }
        return Response.created(
                        URI.create("/api/submissions/" + submission.receipt().submissionId()))
                .entity(submission.receipt())
                .build();
    }
}
