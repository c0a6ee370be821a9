package com.lzp.survey.web;

import com.lzp.survey.chart.ChartLink;
import com.lzp.survey.chart.ChartResource;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.collection.WaveView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/** Pages for researchers: a wave's chart gallery with downloads. Under {@code /waves}, for the roles issue to protect. */
@Path("/waves/{wave}")
public class ResearchPages {

    private final WaveService waves;

    ResearchPages(WaveService waves) {
        this.waves = waves;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gallery(WaveView wave, List<ChartLink> charts);
    }

    @GET
    @Path("/charts")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The wave's chart gallery (HTML)")
    public String gallery(@RestPath String wave) {
        return Templates.gallery(waves.get(wave), ChartResource.catalogue(wave)).render();
    }
}
