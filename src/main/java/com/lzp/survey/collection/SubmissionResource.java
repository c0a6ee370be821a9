package com.lzp.survey.collection;

import com.lzp.survey.common.Problem;
import com.lzp.survey.common.SurveyException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/submissions")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@PermitAll
public class SubmissionResource {

    private final SubmissionService submissions;

    SubmissionResource(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @GET
    @Path("/{submissionId}")
    @Operation(summary = "Receipt of a stored submission (never its answers)")
    @APIResponse(responseCode = "200", description = "The receipt")
    @APIResponse(responseCode = "404", description = "No such submission")
    public SubmissionReceipt receipt(@RestPath UUID submissionId) {
        return submissions
                .receipt(submissionId)
                .orElseThrow(() -> SurveyException.notFound("没有找到编号为 " + submissionId + " 的答卷。"));
    }
}
