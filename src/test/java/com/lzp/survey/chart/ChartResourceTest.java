package com.lzp.survey.chart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChartResourceTest {

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void oneResponse() {
        wave = fixtures.builtInWave();
        given().contentType(ContentType.JSON).body(Answers.builtInComplete().body())
                .post("/api/invitations/{token}/responses", wave.token("a")).then().statusCode(201);
    }

    @Test
    void shouldServeAPngOfTheConfiguredSize() throws Exception {
        byte[] png = given().get("/api/waves/{wave}/charts/problem-applies.png", wave.code()).then()
                .statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", containsString("problem-applies-" + wave.code() + ".png"))
                .extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(540);
    }

    @Test
    void shouldServeAPngOfARequestedSize() throws Exception {
        byte[] png = given().queryParam("width", 1600).queryParam("height", 1000)
                .get("/api/waves/{wave}/charts/problem-applies.png", wave.code()).then()
                .statusCode(200).extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void shouldServeAnSvgWithChineseText() {
        given().get("/api/waves/{wave}/charts/problem-applies.svg", wave.code()).then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .body(containsString("办法不多（工作抓手）"));
    }

    @Test
    void shouldRefuseASizeOutOfRange() {
        given().queryParam("width", 50)
                .get("/api/waves/{wave}/charts/problem-applies.png", wave.code()).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("width"))
                .body("detail", containsString("宽度必须在 200 到 4000 像素之间"));
    }

    @Test
    void shouldSayWhichFormatsExist() {
        given().get("/api/waves/{wave}/charts/problem-applies.gif", wave.code()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("只提供 png 和 svg"));
    }

    @Test
    void shouldSayWhenTheWaveDoesNotExist() {
        given().get("/api/waves/{wave}/charts/problem-applies.png", "nope").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
