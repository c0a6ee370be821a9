package com.lzp.survey.chart;

import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.results.WaveResultsService;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.WaveSummaryAnalysis;
import com.lzp.survey.results.AnalysisQuery;
import com.lzp.survey.results.WaveResultsService.LoadedWave;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/waves/{wave}/charts")
public class ChartResource {

    private static final int MIN_SIDE = 200;
    private static final int MAX_SIDE = 4000;

    private final WaveResultsService results;
    private final SurveyConfig config;

    ChartResource(WaveResultsService results, SurveyConfig config) {
        this.results = results;
        this.config = config;
    }

    @GET
    @Path("/problem-applies.{format}")
    @Produces({ "image/png", "image/svg+xml" })
    @Operation(summary = "Bar chart of how widely each problem applies, as png or svg")
    @APIResponse(responseCode = "200", description = "The chart")
    @APIResponse(responseCode = "400", description = "Size out of range or unit not in the wave")
    @APIResponse(responseCode = "404", description = "No such wave or format")
    public Response problemApplies(@RestPath String wave, @RestPath String format, @RestQuery List<String> unit,
            @RestQuery Integer width, @RestQuery Integer height) {
        return problemApplies(wave, unit, width, height, formatOf(format));
    }

    private static ChartFormat formatOf(String extension) {
        return Arrays.stream(ChartFormat.values()).filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(() -> SurveyException.notFound("图表只提供 png 和 svg 两种格式，没有「" + extension + "」。"));
    }

    private Response problemApplies(String waveCode, List<String> units, Integer width, Integer height,
            ChartFormat format) {
        int w = side("width", width, config.chart().width());
        int h = side("height", height, config.chart().height());
        LoadedWave loaded = results.load(waveCode, AnalysisQuery.ofUnits(units == null ? List.of() : units));
        SurveyData data = loaded.data();
        var summary = WaveSummaryAnalysis.summarize(data.definition(), data.responses(), data.units());
        var drawn = ProblemAppliesChart.draw(data.definition(), summary);
        byte[] bytes = ChartRenderer.render(drawn.chart(), format, w, h);
        String file = "problem-applies-" + loaded.wave().code + "." + format.extension();
        return Response.ok(bytes, format.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .build();
    }

    private static int side(String name, Integer requested, int fallback) {
        int value = requested == null ? fallback : requested;
        if (value < MIN_SIDE || value > MAX_SIDE) {
            throw SurveyException.badRequest(name, "图表的" + ("width".equals(name) ? "宽度" : "高度") + "必须在 "
                    + MIN_SIDE + " 到 " + MAX_SIDE + " 像素之间，收到的是 " + value + "。");
        }
        return value;
    }
}
