package com.lzp.survey.chart;

import com.lzp.survey.access.Roles;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.common.Problem;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.results.AnalysisQueries;
import com.lzp.survey.results.WaveResultsService;
import com.lzp.survey.results.WaveResultsService.LoadedWave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The chart catalogue of a wave, each chart as PNG (screen or print resolution) or SVG. Takes the analysis filters. */
@Path("/api/waves/{wave}/charts")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER, Roles.COMMITTEE})
public class ChartResource {

    private static final int MIN_SIDE = 200;
    private static final int MAX_SIDE = 6000;
    private static final int PRINT_DPI = 300;

    private final WaveResultsService results;
    private final SurveyConfig config;

    ChartResource(WaveResultsService results, SurveyConfig config) {
        this.results = results;
        this.config = config;
    }

    /** The catalogue for a wave, with download links. */
    public static List<ChartLink> catalogue(String wave) {
        String base = "/api/waves/" + wave + "/charts/";
        return Arrays.stream(ChartKind.values())
                .map(k -> new ChartLink(
                        k.fileName(),
                        k.title(),
                        base + k.fileName() + ".png",
                        base + k.fileName() + ".png?dpi=" + PRINT_DPI + "&width=2400",
                        base + k.fileName() + ".svg"))
                .toList();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "The wave's chart catalogue with download links")
    public List<ChartLink> list(@RestPath String wave) {
        return catalogue(wave);
    }

    @GET
    @Path("/{name}.{format}")
    @Produces({"image/png", "image/svg+xml"})
    @Operation(summary = "One chart of the catalogue, as png (width, height, dpi) or svg")
    @APIResponse(responseCode = "200", description = "The chart")
    @APIResponse(responseCode = "400", description = "Size or resolution out of range, or a filter that does not fit")
    @APIResponse(responseCode = "404", description = "No such wave, chart or format")
    @APIResponse(responseCode = "422", description = "Too few respondents in the selection to draw it")
    public Response chart(
            @RestPath String wave,
            @RestPath String name,
            @RestPath String format,
            @RestQuery Integer width,
            @RestQuery Integer height,
            @RestQuery Integer dpi,
            @Context UriInfo uri) {
        ChartKind kind = ChartKind.byFileName(name)
                .orElseThrow(() -> SurveyException.notFound("没有名为「" + name
                        + "」的图表，可用的有："
                        + String.join(
                                "、",
                                Arrays.stream(ChartKind.values())
                                        .map(ChartKind::fileName)
                                        .toList())
                        + "。"));
        ChartFormat chartFormat = formatOf(format);
        int resolution = within("dpi", dpi == null ? ChartRenderer.SCREEN_DPI : dpi, 72, 600, "分辨率", "dpi");
        int w = within(
                "width",
                width == null ? config.chart().width() * resolution / ChartRenderer.SCREEN_DPI : width,
                MIN_SIDE,
                MAX_SIDE,
                "宽度",
                "像素");
        LoadedWave loaded =
                results.load(wave, AnalysisQueries.from(uri.getQueryParameters(), "width", "height", "dpi"));
        SurveyData data = loaded.data();
        WaveAnalysis analysis = results.analysis(loaded);
        if (analysis.suppressed()) {
            throw new SurveyException(
                    422,
                    "suppressed",
                    "人数过少",
                    "所选范围只有 " + analysis.responses() + " 份答卷，少于 " + analysis.suppressionThreshold() + " 份，为保护匿名不出图。",
                    List.of());
        }
        if (!kind.availableFor(data.definition())) {
            throw SurveyException.notFound("问卷「" + data.definition().title() + "」没有绘制「" + kind.title() + "」所需的题目。");
        }
        Drawn drawn = kind.draw(data.definition(), analysis);
        int defaultHeight = Math.max(
                MIN_SIDE,
                Math.min(MAX_SIDE * 3, drawn.height() * w / config.chart().width()));
        int h = within("height", height == null ? defaultHeight : height, MIN_SIDE, MAX_SIDE * 3, "高度", "像素");
        byte[] bytes = ChartRenderer.render(drawn.chart(), chartFormat, w, h, resolution);
        String file = kind.fileName() + "-" + loaded.wave().code + "." + chartFormat.extension();
        return Downloads.inline(bytes, chartFormat.mediaType(), file);
    }

    private static ChartFormat formatOf(String extension) {
        return Arrays.stream(ChartFormat.values())
                .filter(f -> f.extension().equals(extension))
                .findFirst()
                .orElseThrow(() -> SurveyException.notFound("图表只提供 png 和 svg 两种格式，没有「" + extension + "」。"));
    }

    private static int within(String field, int value, int min, int max, String what, String unit) {
        if (value < min || value > max) {
            throw SurveyException.badRequest(
                    field, "图表的" + what + "必须在 " + min + " 到 " + max + " " + unit + "之间，收到的是 " + value + "。");
        }
        return value;
    }
}
