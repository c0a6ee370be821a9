package com.lzp.survey.questionnaire;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.common.FieldError;
import com.lzp.survey.common.SurveyException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The questionnaire versions: listed and served to admins and researchers; uploaded by admins as JSON definitions
 * or XLSForm workbooks, stored as new versions without a restart.
 */
@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
public class QuestionnaireResource {

    /** Largest JSON definition accepted; the built-in one is 13 KB. */
    static final int LARGEST_DEFINITION = 1 << 20;

    private final QuestionnaireCatalog catalog;

    QuestionnaireResource(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the stored questionnaire versions")
    public List<QuestionnaireSummary> list() {
        return QuestionnaireVersion.listInOrder().stream()
                .map(v -> {
                    QuestionnaireDefinition d = catalog.definition(v.id);
                    return new QuestionnaireSummary(
                            d.code(),
                            d.version(),
                            d.title(),
                            d.questions().size(),
                            d.likertItems().size());
                })
                .toList();
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "The full definition of one questionnaire version")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "404", description = "No such version")
    public QuestionnaireDefinition definition(@RestPath String code, @RestPath int version) {
        return catalog.definition(code, version)
                .orElseThrow(() -> SurveyException.notFound("没有找到问卷 " + code + " 的第 " + version + " 版。"));
    }

    @GET
    @Path("/{code}/versions/{version}/xlsform")
    @Produces(Downloads.XLSX)
    @Operation(
            summary = "One questionnaire version as an XLSForm workbook",
            description = "To edit in Excel, WPS or KoboToolbox and upload again (with a new version number) through"
                    + " POST /api/questionnaires/xlsform; the workbook imports to the same definition.")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", description = "No such version")
    public Response xlsForm(@RestPath String code, @RestPath int version) {
        QuestionnaireDefinition definition = definition(code, version);
        return Downloads.attachment(
                XlsFormExport.write(definition), Downloads.XLSX, "questionnaire-" + code + "-v" + version + ".xlsx");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Store a questionnaire definition (JSON) as a new version",
            description = "The definition format of src/main/resources/questionnaires/*.json (README: the"
                    + " questionnaire is data). Posting the identical definition again changes nothing.")
    @APIResponse(responseCode = "201", description = "Stored as a new version")
    @APIResponse(
            responseCode = "200",
            description = "The identical definition was stored already, or a version no" + " wave uses was replaced")
    @APIResponse(
            responseCode = "409",
            description = "The version number belongs to a different definition that a"
                    + " wave uses: number the new one anew")
    @APIResponse(responseCode = "413", description = "Larger than 1 MB")
    @APIResponse(responseCode = "422", description = "Every problem of the definition, each with where it is")
    public Response upload(
            @RequestBody(
                            description = "A questionnaire definition",
                            content = @Content(schema = @Schema(implementation = QuestionnaireDefinition.class)))
                    String json) {
        if (json != null && json.length() > LARGEST_DEFINITION) {
            throw tooLarge("问卷定义超过 1 MB，不像是一份问卷。");
        }
        QuestionnaireDefinition definition = catalog.read(json);
        return stored(catalog.register("upload", definition), List.of());
    }

    @POST
    @Path("/xlsform")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Import a questionnaire from an XLSForm workbook (multipart, part \"file\")",
            description = "The XLSForm of KoboToolbox and ODK: survey, choices and settings sheets, with our own"
                    + " columns for dimensions and reverse keying (README: questionnaires from XLSForm).")
    @APIResponse(responseCode = "201", description = "Stored as a new version")
    @APIResponse(
            responseCode = "200",
            description = "The identical definition was stored already, or a version no" + " wave uses was replaced")
    @APIResponse(
            responseCode = "409",
            description = "The version number belongs to a different definition that a" + " wave uses")
    @APIResponse(
            responseCode = "422",
            description = "Every problem of the workbook, each with its sheet, row and" + " column")
    public Response uploadXlsFormPart(
            @RestForm("file") FileUpload file,
            @Parameter(description = "the questionnaire's code, instead of the settings' form_id") @RestQuery
                    String code,
            @Parameter(description = "the version number, instead of the settings' version") @RestQuery
                    Integer version) {
        if (file == null) {
            throw QuestionnaireCatalog.invalid(
                    List.of(new FieldError("file", "没有收到文件：请在表单的 file 字段上传 XLSForm 工作簿（.xlsx）。")));
        }
        try {
            if (Files.size(file.uploadedFile()) > XlsFormSheets.LARGEST_WORKBOOK) {
                throw tooLarge("文件超过 " + (XlsFormSheets.LARGEST_WORKBOOK >> 20) + " MB，不像是一份问卷。");
            }
            return xlsForm(Files.readAllBytes(file.uploadedFile()), code, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/xlsform")
    @Consumes({Downloads.XLSX, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a questionnaire from an XLSForm workbook (the file as the request body)")
    @APIResponse(responseCode = "201", description = "Stored as a new version")
    @APIResponse(
            responseCode = "200",
            description = "The identical definition was stored already, or a version no" + " wave uses was replaced")
    @APIResponse(
            responseCode = "409",
            description = "The version number belongs to a different definition that a" + " wave uses")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(
            responseCode = "422",
            description = "Every problem of the workbook, each with its sheet, row and" + " column")
    public Response uploadXlsFormBody(
            byte[] workbook,
            @Parameter(description = "the questionnaire's code, instead of the settings' form_id") @RestQuery
                    String code,
            @Parameter(description = "the version number, instead of the settings' version") @RestQuery
                    Integer version) {
        if (workbook != null && workbook.length > XlsFormSheets.LARGEST_WORKBOOK) {
            throw tooLarge("文件超过 " + (XlsFormSheets.LARGEST_WORKBOOK >> 20) + " MB，不像是一份问卷。");
        }
        return xlsForm(workbook, code, version);
    }

    private Response xlsForm(byte[] workbook, String code, Integer version) {
        XlsFormImport.Imported imported = XlsFormImport.read(workbook, code, version);
        return stored(catalog.register("XLSForm", imported.definition()), imported.warnings());
    }

    private static Response stored(QuestionnaireCatalog.Registration registration, List<String> warnings) {
        QuestionnaireUpload upload = QuestionnaireUpload.of(registration, warnings);
        Response.ResponseBuilder response = registration.outcome() == QuestionnaireCatalog.Outcome.CREATED
                ? Response.created(URI.create(upload.location()))
                : Response.ok().header("Content-Location", upload.location());
        return response.entity(upload).type(MediaType.APPLICATION_JSON).build();
    }

    private static SurveyException tooLarge(String detail) {
        return new SurveyException(413, "too-large", "内容过大", detail, List.of());
    }
}
