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
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChartResourceTest {

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    /** Six full-time cadres: enough to draw, too few once filtered to part-timers. */
    @BeforeEach
    void sixResponses() {
        wave = fixtures.builtInWave();
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON)
                    .body(Answers.builtInComplete().with("P1a", 1 + i % 5).body())
                    .post("/api/invitations/{token}/responses", wave.token("a"))
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void shouldServeAPngOfTheConfiguredSize() throws Exception {
        byte[] png = given().get("/api/waves/{wave}/charts/problem-applies.png", wave.code())
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", containsString("problem-applies-" + wave.code() + ".png"))
                .extract()
                .asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(540);
    }

    @Test
    void shouldServeAPngOfARequestedSize() throws Exception {
        byte[] png = given().queryParam("width", 1600)
                .queryParam("height", 1000)
                .get("/api/waves/{wave}/charts/problem-applies.png", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
    }

    @Test
    void shouldServeAnSvgWithChineseText() {
        given().get("/api/waves/{wave}/charts/problem-applies.svg", wave.code())
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .body(containsString("办法不多（工作抓手）"));
    }

    @Test
    void shouldRefuseASizeOutOfRange() {
        given().queryParam("width", 50)
                .get("/api/waves/{wave}/charts/problem-applies.png", wave.code())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("width"))
                .body("detail", containsString("宽度必须在 200 到 6000 像素之间"));
    }

    @Test
    void shouldListTheCatalogueWithDownloadLinks() {
        given().get("/api/waves/{wave}/charts", wave.code())
                .then()
                .statusCode(200)
                .body(
                        "name",
                        org.hamcrest.Matchers.hasItems(
                                "cause-attribution",
                                "likert-problems",
                                "response-rates",
                                "problem-cause-correlations",
                                "countermeasure-demand",
                                "problem-applies-by-unit-type"))
                .body(
                        "find { it.name == 'cause-attribution' }.svg",
                        equalTo("/api/waves/" + wave.code() + "/charts/cause-attribution.svg"));
    }

    @Test
    void shouldDownloadEveryChartInBothFormatsNamedForWhatItShows() {
        List<String> names = given().get("/api/waves/{wave}/charts", wave.code())
                .then()
                .extract()
                .path("name");
        for (String name : names) {
            for (String format : List.of("png", "svg")) {
                given().get("/api/waves/{wave}/charts/{name}.{format}", wave.code(), name, format)
                        .then()
                        .statusCode(200)
                        .header("Content-Disposition", containsString(name + "-" + wave.code() + "." + format));
            }
        }
    }

    @Test
    void shouldRenderAPrintPngAtTheRequestedWidthAndResolution() throws Exception {
        byte[] png = given().queryParam("dpi", 300)
                .queryParam("width", 2400)
                .get("/api/waves/{wave}/charts/cause-attribution.png", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        var reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(javax.imageio.ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        assertThat(reader.getWidth(0)).isEqualTo(2400);
        var physical = (org.w3c.dom.Element)
                ((org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                        .getElementsByTagName("pHYs")
                        .item(0);
        assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
    }

    @Test
    void shouldNotDrawASelectionTooSmallToStayAnonymous() {
        given().queryParam("role", "PART")
                .get("/api/waves/{wave}/charts/problem-applies.png", wave.code())
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("为保护匿名不出图"));
    }

    @Test
    void shouldShowTheGalleryWithEveryChart() {
        given().get("/waves/{wave}/charts", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/api/waves/" + wave.code() + "/charts/likert-effects.png"))
                .body(containsString("印刷用 PNG"));
    }

    @Test
    void shouldSayWhichChartsExist() {
        given().get("/api/waves/{wave}/charts/pie.png", wave.code())
                .then()
                .statusCode(404)
                .body("detail", containsString("cause-attribution"));
    }

    @Test
    void shouldSayWhichFormatsExist() {
        given().get("/api/waves/{wave}/charts/problem-applies.gif", wave.code())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("只提供 png 和 svg"));
    }

    @Test
    void shouldSayWhenTheWaveDoesNotExist() {
        given().get("/api/waves/{wave}/charts/problem-applies.png", "nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
