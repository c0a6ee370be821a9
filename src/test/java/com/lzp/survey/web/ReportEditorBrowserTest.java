package com.lzp.survey.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.Browser;
import com.lzp.survey.testing.GeneratedResponses;
import com.lzp.survey.testing.SignedInAsAdmin;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A researcher adds the 典型做法 of a part on the report page, in Chromium; it is saved as a version and shown. */
@QuarkusTest
class ReportEditorBrowserTest {

    @Inject
    SurveyFixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldSaveAPartsTextFromTheReportPage() {
        CreatedWave wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("e", UnitType.GOVERNMENT_DEPARTMENT, 30));
        GeneratedResponses.post(wave, 20, 13, i -> "e");
        ChromeDriver driver = Browser.open(1280, 1000);
        try {
            driver.get(root + "waves/" + wave.code() + "/report");
            driver.findElement(By.id("j_username")).sendKeys(SignedInAsAdmin.USERNAME);
            driver.findElement(By.id("j_password")).sendKeys(SignedInAsAdmin.PASSWORD);
            driver.findElement(By.cssSelector("form.login-form button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> d.getCurrentUrl().contains("/report"));

            By editor = By.cssSelector(".addendum[data-section='effects'] details.edit-text");
            driver.findElement(editor).findElement(By.tagName("summary")).click();
            driver.findElement(By.cssSelector(".addendum[data-section='effects'] input[name='title']"))
                    .sendKeys("典型做法");
            driver.findElement(By.cssSelector(".addendum[data-section='effects'] textarea[name='body']"))
                    .sendKeys("某局推行党建与业务“双述职、双考核”。");
            driver.findElement(By.cssSelector(".addendum[data-section='effects'] button[type='submit']"))
                    .click();

            // the page reloads with the saved version; wait for it rather than for a fixed time
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector(".addendum[data-section='effects'][data-version='1']"))
                                    .size()
                            == 1);
            assertThat(driver.findElement(By.cssSelector(".addendum[data-section='effects'] p"))
                            .getText())
                    .isEqualTo("典型做法。某局推行党建与业务“双述职、双考核”。");
            Browser.screenshot(driver, "report-editor");
        } finally {
            driver.quit();
        }
        given().get("/api/waves/{wave}/report/texts/effects", wave.code())
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(1))
                .body("author", org.hamcrest.Matchers.equalTo(SignedInAsAdmin.USERNAME));
    }
}
