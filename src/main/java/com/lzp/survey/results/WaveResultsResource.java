package com.lzp.survey.results;

import com.lzp.survey.access.Roles;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Statistics of a wave. Every endpoint takes the same filters: {@code unit} and {@code unitType} (repeatable),
 * {@code from} and {@code to} (submission dates, inclusive), and any single-choice question with option codes,
 * e.g. {@code role=PART&tenure=GT10}.
 */
@Path("/api/waves/{wave}")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
public class WaveResultsResource {

    private final WaveResultsService results;

    WaveResultsResource(WaveResultsService results) {
        this.results = results;
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Responses, response rates, item frequencies and dimension scores")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "A filter that does not fit the wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveSummary summary(@RestPath String wave, @Context UriInfo uri) {
        return results.summary(wave, AnalysisQueries.from(uri.getQueryParameters()));
    }

    @GET
    @Path("/analysis")
    @Operation(summary = "Every statistic: reliability, cross-tabs, group differences, correlations, cause attribution")
    @APIResponse(responseCode = "200", description = "The analysis")
    @APIResponse(responseCode = "400", description = "A filter that does not fit the wave")
    @APIResponse(responseCode = "404", description = "No such wave")
    public WaveAnalysis analysis(@RestPath String wave, @Context UriInfo uri) {
        return results.analysis(wave, AnalysisQueries.from(uri.getQueryParameters()));
    }

    @GET
    @Path("/crosstab")
    @Operation(summary = "Cross-tab of a grouping variable against a dimension (applies or not) or a single choice")
    @APIResponse(responseCode = "200", description = "The cross-tab with Pearson's chi-square")
    @APIResponse(responseCode = "400", description = "Unknown row or column, or a filter that does not fit")
    @APIResponse(responseCode = "404", description = "No such wave")
    public CrossTab crossTab(
            @RestPath String wave,
            @Parameter(description = "unit_type or a single-choice profile question, e.g. role") @RestQuery String row,
            @Parameter(description = "a dimension code (P1) or a single-choice question (main_cause)") @RestQuery
                    String column,
            @Context UriInfo uri) {
        return results.crossTab(
                wave,
                AnalysisQueries.from(uri.getQueryParameters(), "row", "column"),
                row == null ? "" : row,
                column == null ? "" : column);
    }
}
