package com.lzp.survey.committee;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.common.Problem;
import com.lzp.survey.export.Csv;
import com.lzp.survey.export.Xlsx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The committee summary of a wave, of one unit type ({@code unitType=}) or of one unit ({@code unit=}): JSON for
 * systems, CSV and XLSX for people. Small groups are suppressed and combinations refused (see PublishedGroups).
 */
@Path("/api/waves/{wave}")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
public class CommitteeResource {

    private final CommitteeService committee;

    CommitteeResource(CommitteeService committee) {
        this.committee = committee;
    }

    @GET
    @Path("/committee-summary")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Summary statistics for committees, with small-group suppression")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "A combination or filter committees may not request")
    @APIResponse(responseCode = "403", description = "The group differs from a containing one by too few respondents")
    public CommitteeSummary summary(@RestPath String wave, @Context UriInfo uri) {
        return committee.summary(wave, uri.getQueryParameters());
    }

    @GET
    @Path("/committee-summary.csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "The committee summary as CSV (UTF-8 with BOM)")
    public Response csv(@RestPath String wave, @Context UriInfo uri) {
        CommitteeSummary summary = committee.summary(wave, uri.getQueryParameters());
        StreamingOutput body = out -> {
            try (Csv csv = new Csv(out)) {
                CommitteeTables.asOneSheet(CommitteeTables.of(summary)).forEach(csv::row);
            }
        };
        return Downloads.attachment(body, Downloads.CSV, "committee-summary-" + wave + ".csv");
    }

    @GET
    @Path("/committee-summary.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "The committee summary as an Excel workbook, one sheet per part")
    public Response xlsx(@RestPath String wave, @Context UriInfo uri) {
        CommitteeSummary summary = committee.summary(wave, uri.getQueryParameters());
        StreamingOutput body = out -> {
            try (Xlsx xlsx = new Xlsx()) {
                CommitteeTables.of(summary).forEach(xlsx::table);
                xlsx.write(out);
            }
        };
        return Downloads.attachment(body, Downloads.XLSX, "committee-summary-" + wave + ".xlsx");
    }
}
