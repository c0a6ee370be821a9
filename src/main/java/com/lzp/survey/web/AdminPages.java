package com.lzp.survey.web;

import com.lzp.survey.access.Roles;
import com.lzp.survey.collection.InvitationView;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.collection.WaveView;
import com.lzp.survey.common.SurveyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Pages for survey admins: the waves, and per wave the units with their links, QR codes and response counts.
 * Everything under {@code /admin} is what the roles issue protects.
 */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
public class AdminPages {

    static final int QR_SIZE = 240;

    private final WaveService waves;

    AdminPages(WaveService waves) {
        this.waves = waves;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance waves(List<WaveView> waves);

        static native TemplateInstance wave(WaveView wave, List<InvitationView> invitations);
    }

    @GET
    @Path("/waves")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The waves (HTML)")
    public String list() {
        return Templates.waves(waves.list()).render();
    }

    @GET
    @Path("/waves/{wave}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A wave's units, links, QR codes and response counts (HTML)")
    public String wave(@RestPath String wave) {
        return Templates.wave(waves.get(wave), waves.invitations(wave)).render();
    }

    @GET
    @Path("/waves/{wave}/units/{unit}/qr.png")
    @Produces("image/png")
    @Operation(summary = "QR code of a unit's invitation link")
    public Response qrCode(@RestPath String wave, @RestPath String unit) {
        InvitationView invitation = waves.invitations(wave).stream()
                .filter(i -> i.unit().equals(unit))
                .findFirst()
                .orElseThrow(() -> SurveyException.notFound("单位「" + unit + "」没有参加调查批次「" + wave + "」。"));
        return Response.ok(QrCodes.png(invitation.link(), QR_SIZE), "image/png")
                .header("Content-Disposition", "inline; filename=\"qr-" + wave + "-" + unit + ".png\"")
                .build();
    }
}
