package com.lzp.survey.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.collection.Invitation;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The pages respondents see: the form of an invitation link, the thank-you page, and plain pages for an unknown
 * link, a closed wave and a server error — never a stack trace or a blank page.
 */
@Path("/s/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SurveyPages {

    private final QuestionnaireCatalog catalog;
    private final ObjectMapper mapper;

    SurveyPages(QuestionnaireCatalog catalog, ObjectMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                String token,
                String unitName,
                String waveTitle,
                boolean demo,
                QuestionnaireDefinition questionnaire,
                String questionnaireJson,
                boolean preview);

        static native TemplateInstance thanks(String unitName, String waveTitle);

        static native TemplateInstance unknownLink();

        static native TemplateInstance closed(String unitName, String waveTitle);

        static native TemplateInstance failed();
    }

    @GET
    @Operation(summary = "The survey form of an invitation link (HTML)")
    public Response form(@RestPath String token) {
        Optional<Invitation> found = Invitation.findByToken(token);
        if (found.isEmpty()) {
            return page(404, Templates.unknownLink());
        }
        Invitation invitation = found.get();
        if (!invitation.isOpen()) {
            return page(410, Templates.closed(invitation.unit.name, invitation.wave.title));
        }
        QuestionnaireDefinition definition = catalog.definition(invitation.wave.questionnaire.id);
        return page(
                200,
                Templates.form(
                        token,
                        invitation.unit.name,
                        invitation.wave.title,
                        invitation.wave.demo,
                        definition,
                        scriptSafeJson(mapper, definition),
                        false));
    }

    @GET
    @Path("/thanks")
    @Operation(summary = "The thank-you page after a submission (HTML)")
    public Response thanks(@RestPath String token) {
        return Invitation.findByToken(token)
                .map(i -> page(200, Templates.thanks(i.unit.name, i.wave.title)))
                .orElseGet(() -> page(404, Templates.unknownLink()));
    }

    @ServerExceptionMapper
    Response failed(Exception e) {
        Log.error("survey page failed", e);
        return page(500, Templates.failed());
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(page.render())
                .build();
    }

    /** The definition as JSON that cannot end the script element it sits in. */
    static String scriptSafeJson(ObjectMapper mapper, QuestionnaireDefinition definition) {
        try {
            return mapper.writeValueAsString(definition).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
