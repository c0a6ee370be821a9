package com.lzp.survey.results;

import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.common.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/waves/{wave}/summary")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class WaveSummaryResource {

    private final WaveResultsService results;

    WaveSummaryResource(WaveResultsService results) {
        this.results = results;
    }

    @GET
    @Operation(summary = "Responses, response rates, item frequencies and dimension scores of a wave")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "A unit that is not in the wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveSummary summary(@RestPath String wave, @RestQuery List<String> unit) {
        return results.summary(wave, unit == null ? List.of() : unit);
    }
}
