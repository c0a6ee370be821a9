package com.lzp.survey.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataLoaderTest.DemoEnabled.class)
public class DemoDataLoaderTest {

    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("survey.demo.enabled", "true");
        }
    }

    @Inject
    DemoDataLoader loader;

    @Test
    void shouldLoadALabelledDemoWaveIntoAnEmptyDatabase() {
        given().get("/api/waves/{wave}", DemoDataLoader.WAVE_CODE)
                .then()
                .statusCode(200)
                .body("demo", equalTo(true))
                .body("title", containsString("演示数据"))
                .body("units", equalTo(73))
                .body("responses", equalTo(565));
        given().get("/api/waves/{wave}/invitations", DemoDataLoader.WAVE_CODE)
                .then()
                .statusCode(200)
                .body("$", hasSize(73))
                .body("[0].link", containsString("/s/"));
    }

    @Test
    void shouldNotLoadTheDemoAgainWhenAWaveExists() {
        loader.loadIfEmpty(null);

        int responses = given().get("/api/waves/{wave}", DemoDataLoader.WAVE_CODE)
                .then()
                .extract()
                .path("responses");
        assertThat(responses).isEqualTo(565);
        given().get("/api/waves").then().body("$", hasSize(1));
    }
}
