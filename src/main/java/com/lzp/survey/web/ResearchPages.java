package com.lzp.survey.web;

import com.lzp.survey.access.Roles;
import com.lzp.survey.chart.ChartLink;
import com.lzp.survey.chart.ChartResource;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.collection.WaveView;
import com.lzp.survey.findings.FindingsReport;
import com.lzp.survey.findings.FindingsService;
import com.lzp.survey.results.AnalysisQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Pages for researchers and committees: a wave's findings report and chart gallery. Under {@code /waves}, for the
 * roles issue to protect.
 */
@Path("/waves/{wave}")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
public class ResearchPages {

    private final WaveService waves;

    private final FindingsService findings;
    private final SecurityIdentity identity;

    ResearchPages(WaveService waves, FindingsService findings, SecurityIdentity identity) {
        this.waves = waves;
        this.findings = findings;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gallery(WaveView wave, List<ChartLink> charts);

        static native TemplateInstance report(FindingsReport report, String chartBase, String query, boolean editable);
    }

    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The findings report (HTML), with the same filters as the analysis")
    public String report(@RestPath String wave, @Context UriInfo uri) {
        FindingsReport report = findings.write(wave, AnalysisQueries.from(uri.getQueryParameters()))
                .report();
        String query = uri.getRequestUri().getRawQuery();
        // researchers and admins may add text to a part; committees read it
        boolean editable = identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.RESEARCHER);
        return Templates.report(report, "/api/waves/" + report.wave(), query == null ? "" : "?" + query, editable)
                .render();
    }

    @GET
    @Path("/charts")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The wave's chart gallery (HTML)")
    public String gallery(@RestPath String wave) {
        return Templates.gallery(waves.get(wave), ChartResource.catalogue(wave)).render();
    }
}
