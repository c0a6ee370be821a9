package com.lzp.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.Browser;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A cadre answers on the form in a real (headless) Chromium; what arrives in PostgreSQL is checked. */
@QuarkusTest
class SurveyFormBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;
    ChromeDriver driver;
    SurveyFormPage form;

    @BeforeEach
    void openBrowser() {
        wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("a", UnitType.PUBLIC_INSTITUTION, 12));
        driver = Browser.open(1280, 1000);
        form = new SurveyFormPage(driver);
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldStoreAFormAnsweredInFullAndThankTheRespondent() {
        form.open(base(), wave.token("a")).answerEverything(4).choose("P1a", "5");
        Browser.screenshot(driver, "form-desktop-answered");

        form.submit();
        form.waitForThanks();

        assertThat(form.heading()).contains("提交成功");
        Browser.screenshot(driver, "thanks-desktop");
        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
        Short[] stored = fixtures.answersOfOnlyResponse(wave.code());
        var layout = Definitions.builtIn().layout();
        assertThat(stored[layout.slotOf("P1a")]).isEqualTo((short) 5);
        assertThat(stored[layout.slotOf("P1b")]).isEqualTo((short) 4);
        assertThat(stored[layout.slotOf("role")]).isEqualTo((short) 2);
        assertThat(stored[layout.slotOf("measures", "M5")]).isEqualTo((short) 1);
        assertThat(stored[layout.slotOf("measures", "M9")]).isEqualTo((short) 0);
    }

    @Test
    void shouldKeepAnswersAndTheSubmissionIdWhenThePageIsReloaded() {
        form.open(base(), wave.token("a")).choose("role", "FULL").choose("P2b", "2");
        String id = form.storedSubmissionId();

        driver.navigate().refresh();

        assertThat(form.isChosen("role", "FULL")).isTrue();
        assertThat(form.isChosen("P2b", "2")).isTrue();
        assertThat(form.storedSubmissionId()).isEqualTo(id).isNotBlank();
    }

    @Test
    void shouldStoreOneResponseWhenSubmitIsDoubleClicked() {
        form.open(base(), wave.token("a")).answerEverything(3);

        form.doubleClickSubmit();
        form.waitForThanks();

        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
    }

    @Test
    void shouldNameAnUnansweredQuestionAndSubmitNothing() {
        form.open(base(), wave.token("a")).answerEverything(4);
        driver.navigate().refresh();
        driver.executeScript("document.querySelectorAll(\"input[name='tenure']\").forEach(function (e) {"
                + " e.checked = false; }); document.getElementById('survey')"
                + ".dispatchEvent(new Event('change'));");

        form.submit();

        assertThat(form.errors()).contains("请回答必答题「您从事党务工作的年限是」");
        Browser.screenshot(driver, "form-validation-message");
        assertThat(driver.getCurrentUrl()).doesNotContain("/thanks");
        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldShowTheServersMessageWhenItRefuses() {
        form.open(base(), wave.token("a")).answerEverything(4);
        fixtures.closeWave(wave.code());

        form.submit();

        assertThat(form.errors()).contains("已停止收集答卷");
        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldExplainAnUnknownLink() {
        driver.get(base() + "/s/not-a-real-token");

        assertThat(form.heading()).isEqualTo("该问卷链接无效");
    }

    @Test
    void shouldExplainAClosedWave() {
        fixtures.closeWave(wave.code());

        form.open(base(), wave.token("a"));

        assertThat(form.heading()).isEqualTo("本次调查已停止收集答卷");
    }

    @Test
    void shouldFitAPhoneThreeHundredAndSixtyPixelsWide() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        form.open(base(), wave.token("a")).choose("role", "PART").choose("E1", "4");

        assertThat(form.pageWidth()).isLessThanOrEqualTo(360);
        Browser.screenshot(driver, "form-phone-360");
        form.answerEverything(5);
        form.submit();
        form.waitForThanks();
        Browser.screenshot(driver, "thanks-phone-360");
        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
    }

    @Test
    void shouldLetAKeyboardUserAnswer() {
        form.open(base(), wave.token("a"));
        var first = driver.findElement(By.cssSelector("input[name='role'][value='FULL']"));

        first.sendKeys(" ");

        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> first.isSelected());
        assertThat(driver.findElement(By.id("q-role")).getTagName()).isEqualTo("fieldset");
        assertThat(driver.findElement(By.cssSelector("#q-role legend")).getText())
                .contains("从事党务工作的方式");
    }
}
