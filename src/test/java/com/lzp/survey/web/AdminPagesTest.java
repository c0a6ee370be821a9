package com.lzp.survey.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.Browser;
import com.lzp.survey.testing.SignedInAsAdmin;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
class AdminPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void twoUnits() {
        wave = fixtures.wave(
                "lzp-cadre",
                SurveyFixtures.unit("a", UnitType.PARTY_DEPARTMENT, 8),
                SurveyFixtures.unit("b", UnitType.MASS_ORGANIZATION, 4));
    }

    @Test
    void shouldListEveryUnitWithItsLinkAndQrCode() {
        given().get("/admin/waves/{wave}", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("测试单位a"))
                .body(containsString("/s/" + wave.token("a")))
                .body(containsString("/admin/waves/" + wave.code() + "/units/" + wave.unit("b") + "/qr.png"));
        given().get("/admin/waves").then().statusCode(200).body(containsString(wave.code()));
    }

    @Test
    void shouldEncodeTheUnitsLinkInItsQrCode() throws Exception {
        byte[] png = given().get("/admin/waves/{wave}/units/{unit}/qr.png", wave.code(), wave.unit("a"))
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();

        var image = ImageIO.read(new ByteArrayInputStream(png));
        String decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();

        assertThat(decoded).isEqualTo("http://localhost:8080/s/" + wave.token("a"));
    }

    @Test
    void shouldSayWhenAUnitHasNoLinkInTheWave() {
        given().get("/admin/waves/{wave}/units/{unit}/qr.png", wave.code(), "nobody")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCloseAndReopenAWave() {
        given().post("/api/waves/{wave}/close", wave.code())
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().contentType(ContentType.JSON)
                .body(Answers.builtInComplete().body())
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(410);
        given().get("/s/{token}", wave.token("a")).then().statusCode(410).body(containsString("已停止收集"));

        given().post("/api/waves/{wave}/open", wave.code())
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        given().contentType(ContentType.JSON)
                .body(Answers.builtInComplete().body())
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(201);
    }

    @Test
    void shouldServeTheFormAsHtmlAndAnUnknownLinkAsA404Page() {
        given().get("/s/{token}", wave.token("a"))
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("测试单位a"))
                .body(containsString("本问卷匿名填写"))
                .body(containsString("name=\"C3c\""));
        given().get("/s/{token}", "nope").then().statusCode(404).body(containsString("该问卷链接无效"));
        given().get("/s/{token}/thanks", wave.token("a")).then().statusCode(200).body(containsString("提交成功"));
    }

    @Test
    void shouldMoveTheCountsWithoutAReload() {
        ChromeDriver driver = Browser.open(1280, 900);
        try {
            driver.get(root.toString() + "admin/waves/" + wave.code());
            assertThat(driver.getCurrentUrl()).contains("/login");
            driver.findElement(By.id("j_username")).sendKeys(SignedInAsAdmin.USERNAME);
            driver.findElement(By.id("j_password")).sendKeys(SignedInAsAdmin.PASSWORD);
            driver.findElement(By.cssSelector("form.login-form button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/admin/waves"));
            driver.get(root.toString() + "admin/waves/" + wave.code());
            By count = By.cssSelector("tr[data-unit='" + wave.unit("a") + "'] .responses");
            assertThat(driver.findElement(count).getText()).isEqualTo("0");

            given().contentType(ContentType.JSON)
                    .body(Answers.builtInComplete().body())
                    .post("/api/invitations/{token}/responses", wave.token("a"))
                    .then()
                    .statusCode(201);

            new WebDriverWait(driver, Duration.ofSeconds(12))
                    .until(d -> d.findElement(count).getText().equals("1"));
            assertThat(driver.findElement(By.cssSelector("tr[data-unit='" + wave.unit("a") + "'] .rate"))
                            .getText())
                    .isEqualTo("13%");
            Browser.screenshot(driver, "admin-wave");
        } finally {
            driver.quit();
        }
    }
}
