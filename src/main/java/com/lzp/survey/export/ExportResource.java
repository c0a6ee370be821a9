package com.lzp.survey.export;

import com.lzp.survey.access.Roles;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.common.Problem;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.results.AnalysisQueries;
import com.lzp.survey.results.AnalysisQuery;
import com.lzp.survey.results.WaveResultsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Data for researchers: a wave's anonymous responses (CSV, XLSX) with their codebook, and every table of the
 * analysis (XLSX, CSV). Responses are streamed from the database; nothing holds a whole file in memory.
 */
@Path("/api/waves/{wave}")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
public class ExportResource {

    private final QuestionnaireCatalog catalog;
    private final ResponseRows rows;
    private final WaveResultsService results;
    private final SurveyConfig config;

    ExportResource(QuestionnaireCatalog catalog, ResponseRows rows, WaveResultsService results, SurveyConfig config) {
        this.catalog = catalog;
        this.rows = rows;
        this.results = results;
        this.config = config;
    }

    @GET
    @Path("/codebook.json")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "What every column of the response export means")
    @APIResponse(responseCode = "404", description = "No such wave")
    public Codebook codebook(@RestPath String wave) {
        Wave found = WaveService.wave(wave);
        return Codebook.of(found.code, catalog.definition(found.questionnaire.id));
    }

    @GET
    @Path("/responses.csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "The wave's anonymous responses as CSV (UTF-8 with BOM), one row per response")
    public Response responsesCsv(@RestPath String wave) {
        Wave found = WaveService.wave(wave);
        QuestionnaireDefinition definition = catalog.definition(found.questionnaire.id);
        long waveId = found.id;
        StreamingOutput body = out -> {
            try (Csv csv = new Csv(out)) {
                csv.row(Codebook.of(found.code, definition).header());
                rows.forEach(waveId, definition, zone(), csv::row);
            }
        };
        return Downloads.attachment(body, Downloads.CSV, "responses-" + found.code + ".csv");
    }

    @GET
    @Path("/responses.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "The responses, the codebook and the key tables of the analysis as one workbook")
    public Response responsesXlsx(@RestPath String wave) {
        Wave found = WaveService.wave(wave);
        QuestionnaireDefinition definition = catalog.definition(found.questionnaire.id);
        Codebook codebook = Codebook.of(found.code, definition);
        WaveAnalysis analysis = results.analysis(wave, AnalysisQuery.ALL);
        long waveId = found.id;
        StreamingOutput body = out -> {
            try (Xlsx xlsx = new Xlsx()) {
                Xlsx.Sheet data = xlsx.sheet("数据", codebook.header());
                rows.forEach(waveId, definition, zone(), data::row);
                xlsx.table(codebook.asTable());
                AnalysisTables.of(analysis).forEach(xlsx::table);
                xlsx.write(out);
            }
        };
        return Downloads.attachment(body, Downloads.XLSX, "responses-" + found.code + ".xlsx");
    }

    @GET
    @Path("/analysis.xlsx")
    @Produces(Downloads.XLSX)
    @Operation(summary = "Every table of the analysis, one sheet each (takes the analysis filters)")
    public Response analysisXlsx(@RestPath String wave, @Context UriInfo uri) {
        WaveAnalysis analysis = results.analysis(wave, AnalysisQueries.from(uri.getQueryParameters()));
        StreamingOutput body = out -> {
            try (Xlsx xlsx = new Xlsx()) {
                AnalysisTables.of(analysis).forEach(xlsx::table);
                xlsx.write(out);
            }
        };
        return Downloads.attachment(body, Downloads.XLSX, "analysis-" + wave + ".xlsx");
    }

    @GET
    @Path("/analysis/{table}.csv")
    @Produces(Downloads.CSV)
    @Operation(summary = "One table of the analysis as CSV (takes the analysis filters)")
    @APIResponse(responseCode = "404", description = "No such wave or table")
    public Response analysisCsv(@RestPath String wave, @RestPath String table, @Context UriInfo uri) {
        List<DataTable> tables =
                AnalysisTables.of(results.analysis(wave, AnalysisQueries.from(uri.getQueryParameters())));
        DataTable chosen = tables.stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow(() -> SurveyException.notFound("没有名为「" + table + "」的分析表，可用的有："
                        + String.join("、", tables.stream().map(DataTable::name).toList()) + "。"));
        StreamingOutput body = out -> {
            try (Csv csv = new Csv(out)) {
                csv.row(chosen.header());
                chosen.rows().forEach(csv::row);
            }
        };
        return Downloads.attachment(body, Downloads.CSV, table + "-" + wave + ".csv");
    }

    private ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }
}
