package com.lzp.survey.testing;

import static io.restassured.RestAssured.given;

import com.lzp.survey.demo.DemoWave;
import com.lzp.survey.demo.DemoWaveGenerator;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

/** Realistic answers from the demo generator, posted through the submission API like a form would. */
public final class GeneratedResponses {

    private GeneratedResponses() {}

    /**
     * @param unitOf which unit key of the wave the i-th response goes to
     * @return what was posted, in order
     */
    public static List<DemoWave.DemoResponse> post(CreatedWave wave, int count, long seed, IntFunction<String> unitOf) {
        List<DemoWave.DemoResponse> generated =
                DemoWaveGenerator.generate(Definitions.builtIn(), seed, count).responses();
        for (int i = 0; i < generated.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("submissionId", UUID.randomUUID().toString());
            body.put("answers", generated.get(i).answers());
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/invitations/{token}/responses", wave.token(unitOf.apply(i)))
                    .then()
                    .statusCode(201);
        }
        return generated;
    }
}
