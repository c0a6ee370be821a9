package com.lzp.survey.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.questionnaire.AnswerLayout;
import com.lzp.survey.testing.Browser;
import com.lzp.survey.testing.DefinitionJson;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.SignedInAsAdmin;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import com.lzp.survey.testing.XlsForms;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Questionnaires in a real (headless) Chromium: the "none" box of a measures question, a six-point scale on a phone,
 * and an admin uploading a questionnaire through the page and previewing it.
 */
@QuarkusTest
class QuestionnaireBrowserTest {

    static final List<String> SIX_POINT_ITEMS = List.of(
            "E1", "E2", "P1a", "P1b", "P1c", "P1d", "P2a", "P2b", "P2c", "C1a", "C1b", "C1c", "C2a", "C2b", "C2c",
            "C2d", "C2e", "O1", "O2");

    @TestHTTPResource("/")
    URL root;

    @Inject
    SurveyFixtures fixtures;

    ChromeDriver driver;

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String base() {
        return root.toString().replaceAll("/$", "");
    }

    WebElement none(String question) {
        return driver.findElement(By.cssSelector("input[data-none-of='" + question + "']"));
    }

    void tap(WebElement input) {
        WebElement label = input.findElement(By.xpath("./ancestor::label[1]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        label.click();
    }

    @Test
    void shouldTellChoosingNoMeasureFromLeavingTheQuestionOut() {
        CreatedWave wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("a", UnitType.PUBLIC_INSTITUTION, 12));
        driver = Browser.open(360, 740);
        SurveyFormPage form = new SurveyFormPage(driver).open(base(), wave.token("a"));
        form.choose("role", "PART").choose("tenure", "Y3_5").choose("position", "BRANCH_MEMBER");
        for (String item : SurveyFormPage.LIKERT) {
            form.choose(item, "4");
        }
        form.choose("main_cause", "C2");

        form.submit();
        assertThat(form.errors()).contains("请回答必答题「推动党建与业务深度融合，您认为最需要采取的措施是」（都不选的请勾选“以上措施都不选”）");
        assertThat(fixtures.responsesIn(wave.code())).isZero();

        // the options and "none" exclude each other
        form.choose("measures", "M1");
        tap(none("measures"));
        assertThat(form.isChosen("measures", "M1")).isFalse();
        form.choose("measures", "M2");
        assertThat(none("measures").isSelected()).isFalse();
        form.choose("measures", "M2");
        tap(none("measures"));
        Browser.screenshot(driver, "form-phone-no-measure");

        form.submit();
        form.waitForThanks();

        Short[] stored = fixtures.answersOfOnlyResponse(wave.code());
        AnswerLayout layout = Definitions.builtIn().layout();
        for (String measure : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9")) {
            assertThat(stored[layout.slotOf("measures", measure)]).as(measure).isEqualTo((short) 0);
        }
    }

    @Test
    void shouldFitASixPointScaleOnAPhoneAndStoreTheAnswersAsGiven() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        given().contentType(ContentType.JSON)
                .body(definition.json())
                .post("/api/questionnaires")
                .then()
                .statusCode(201);
        CreatedWave wave = fixtures.wave(definition.code(), SurveyFixtures.unit("a", UnitType.OTHER, 6));
        driver = Browser.open(360, 740);
        SurveyFormPage form = new SurveyFormPage(driver).open(base(), wave.token("a"));

        assertThat(driver.findElements(By.cssSelector("#q-P1c .point"))).hasSize(6);
        form.choose("role", "FULL");
        for (int i = 0; i < SIX_POINT_ITEMS.size(); i++) {
            form.choose(SIX_POINT_ITEMS.get(i), String.valueOf(1 + i % 6));
        }
        form.choose("main_cause", "C2").choose("measures", "M3");
        assertThat(form.pageWidth()).isLessThanOrEqualTo(360);
        Browser.screenshot(driver, "form-phone-six-point");

        form.submit();
        form.waitForThanks();

        Short[] stored = fixtures.answersOfOnlyResponse(wave.code());
        AnswerLayout layout =
                Definitions.read("questionnaires/test-six-point-v1.json").layout();
        assertThat(stored[layout.slotOf("P1c")])
                .as("a reverse-keyed item is stored as answered")
                .isEqualTo((short) 5);
        assertThat(stored[layout.slotOf("O2")]).isEqualTo((short) 1);
        assertThat(stored[layout.slotOf("tenure")])
                .as("an optional profile question left out")
                .isNull();
    }

    @Test
    void shouldLetAnAdminUploadAQuestionnaireThroughThePageAndPreviewIt() throws IOException {
        driver = Browser.open(1280, 900);
        driver.get(base() + "/questionnaires");
        driver.findElement(By.id("j_username")).sendKeys(SignedInAsAdmin.USERNAME);
        driver.findElement(By.id("j_password")).sendKeys(SignedInAsAdmin.PASSWORD);
        driver.findElement(By.cssSelector("form.login-form button")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> d.getCurrentUrl().endsWith("/questionnaires"));

        DefinitionJson broken = DefinitionJson.sixPoint().with(tree -> tree.put("colour", "red"));
        upload(file("broken.json", broken.json().getBytes(StandardCharsets.UTF_8)), null);
        WebElement result =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-result .alert")));
        assertThat(result.getText()).contains("问卷需要修改，没有保存", "不认识的属性「colour」");
        assertThat(fixtures.questionnaireVersions(broken.code())).isZero();

        String code = "page-" + UUID.randomUUID().toString().substring(0, 8);
        upload(
                file(
                        "six-point.xlsx",
                        XlsForms.sixPointTwin(code)
                                .change("settings", rows -> rows.get(1).set(2, ""))
                                .bytes()),
                "2");
        result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#upload-result .notice-ok")));
        assertThat(result.getText()).contains("已保存问卷「测试用六点量表问卷（含反向计分题）」第 2 版");
        Browser.screenshot(driver, "questionnaire-uploaded");

        result.findElement(By.linkText("预览这份问卷")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/questionnaires/" + code + "/versions/2/preview"));
        assertThat(driver.findElement(By.cssSelector(".preview-banner")).getText())
                .contains("不能提交答卷");
        driver.findElement(By.id("submit")).click();
        assertThat(new SurveyFormPage(driver).errors()).contains("请回答必答题「您从事党务工作的方式是」");
        Browser.screenshot(driver, "questionnaire-preview");
        assertThat(fixtures.questionnaireVersions(code)).isEqualTo(1);
    }

    void upload(Path file, String version) {
        WebElement input = driver.findElement(By.id("questionnaire-file"));
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement versionBox = driver.findElement(By.id("questionnaire-version"));
        versionBox.clear();
        if (version != null) {
            versionBox.sendKeys(version);
        }
        driver.findElement(By.id("questionnaire-submit")).click();
    }

    static Path file(String name, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("questionnaire-upload");
        return Files.write(folder.resolve(name), content);
    }
}
