package com.lzp.survey.questionnaire;

import com.lzp.survey.access.Roles;
import com.lzp.survey.common.SurveyException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.RESEARCHER})
public class QuestionnaireResource {

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
}
