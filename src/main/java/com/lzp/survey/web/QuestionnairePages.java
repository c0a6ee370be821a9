package com.lzp.survey.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.access.Roles;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.QuestionnaireVersion;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The questionnaires for admins and researchers: the stored versions, an upload form (admins), and a preview of each
 * version as respondents would see it — the respondents' own form template, without a link, so that nothing can be
 * submitted.
 */
@Path("/questionnaires")
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
public class QuestionnairePages {

    private final QuestionnaireCatalog catalog;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;

    QuestionnairePages(QuestionnaireCatalog catalog, ObjectMapper mapper, SecurityIdentity identity) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.identity = identity;
    }

    /**
     * One stored version as the list shows it.
     *
     * @param waves codes of the waves that use it (then it never changes)
     */
    record VersionRow(
            String code,
            int version,
            String title,
            int questions,
            int likertItems,
            String preview,
            List<String> waves) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<VersionRow> versions, boolean mayUpload);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The stored questionnaire versions, with previews and (admins) an upload form (HTML)")
    public String list() {
        List<VersionRow> versions = QuestionnaireVersion.listInOrder().stream()
                .map(v -> {
                    QuestionnaireDefinition d = catalog.definition(v.id);
                    return new VersionRow(
                            d.code(),
                            d.version(),
                            d.title(),
                            d.questions().size(),
                            d.likertItems().size(),
                            previewPath(d.code(), d.version()),
                            catalog.wavesUsing(v.id));
                })
                .toList();
        return Templates.list(versions, identity.hasRole(Roles.ADMIN)).render();
    }

    @GET
    @Path("/{code}/versions/{version}/preview")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            summary =
                    "A questionnaire version shown as the respondents' form, without a link: nothing can be submitted (HTML)")
    public String preview(@RestPath String code, @RestPath int version) {
        QuestionnaireDefinition definition = catalog.definition(code, version)
                .orElseThrow(() -> SurveyException.notFound("没有找到问卷 " + code + " 的第 " + version + " 版。"));
        return SurveyPages.Templates.form(
                        "preview-" + code + "-v" + version,
                        "（预览：此处显示答卷人所在单位）",
                        definition.title(),
                        false,
                        definition,
                        SurveyPages.scriptSafeJson(mapper, definition),
                        true)
                .render();
    }

    static String previewPath(String code, int version) {
        return "/questionnaires/" + code + "/versions/" + version + "/preview";
    }
}
