package com.lzp.survey.findings;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.common.Problem;
import com.lzp.survey.results.AnalysisQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/** The findings report of a wave: JSON for systems, Markdown and Word for people. Takes the analysis filters. */
@Path("/api/waves/{wave}")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
public class FindingsResource {

    private final FindingsService findings;

    FindingsResource(FindingsService findings) {
        this.findings = findings;
    }

    @GET
    @Path("/report")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "The findings report as data: sections, paragraphs with table references, tables")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such wave")
    public FindingsReport report(@RestPath String wave, @Context UriInfo uri) {
        return findings.write(wave, AnalysisQueries.from(uri.getQueryParameters()))
                .report();
    }

    @GET
    @Path("/report.md")
    @Produces("text/markdown")
    @Operation(summary = "The findings report as Markdown")
    public Response markdown(@RestPath String wave, @Context UriInfo uri) {
        FindingsReport report = findings.write(wave, AnalysisQueries.from(uri.getQueryParameters()))
                .report();
        String query = uri.getRequestUri().getRawQuery();
        String markdown = MarkdownReport.render(
                report,
                name -> "/api/waves/" + report.wave() + "/charts/" + name + ".png"
                        + (query == null ? "" : "?" + query));
        return Downloads.attachment(markdown, "text/markdown;charset=UTF-8", "report-" + report.wave() + ".md");
    }

    @GET
    @Path("/report.docx")
    @Produces(Downloads.DOCX)
    @Operation(summary = "The findings report as a Word document, charts embedded")
    public Response docx(@RestPath String wave, @Context UriInfo uri) {
        FindingsService.Written written = findings.write(wave, AnalysisQueries.from(uri.getQueryParameters()));
        return Downloads.attachment(
                findings.docx(written),
                Downloads.DOCX,
                "report-" + written.report().wave() + ".docx");
    }
}
