package com.lzp.survey.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The survey form as a respondent uses it: by tapping the labels they see. */
final class SurveyFormPage {

    static final List<String> LIKERT = List.of(
            "E1", "E2", "E3", "P1a", "P1b", "P1c", "P2a", "P2b", "P2c", "P3a", "P3b", "P3c", "C1a", "C1b", "C1c", "C2a",
            "C2b", "C2c", "C3a", "C3b", "C3c");

    final ChromeDriver driver;

    SurveyFormPage(ChromeDriver driver) {
        this.driver = driver;
    }

    SurveyFormPage open(String baseUrl, String token) {
        driver.get(baseUrl + "/s/" + token);
        return this;
    }

    SurveyFormPage choose(String question, String value) {
        tap(input(question, value).findElement(By.xpath("./ancestor::label[1]")));
        return this;
    }

    SurveyFormPage type(String question, String text) {
        WebElement area = driver.findElement(By.name(question));
        area.clear();
        area.sendKeys(text);
        return this;
    }

    /** Every question answered, the profile first: Likert items all {@code point}. */
    SurveyFormPage answerEverything(int point) {
        choose("role", "PART").choose("tenure", "Y3_5").choose("position", "BRANCH_MEMBER");
        for (String item : LIKERT) {
            choose(item, String.valueOf(point));
        }
        return choose("main_cause", "C2")
                .choose("measures", "M1")
                .choose("measures", "M5")
                .type("suggestion", "建议加强党务干部培训。");
    }

    boolean isChosen(String question, String value) {
        return input(question, value).isSelected();
    }

    void submit() {
        tap(driver.findElement(By.id("submit")));
    }

    void doubleClickSubmit() {
        WebElement button = driver.findElement(By.id("submit"));
        scrollTo(button);
        new Actions(driver).doubleClick(button).perform();
    }

    String errors() {
        WebElement errors = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        return errors.getText();
    }

    void waitForThanks() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/thanks"));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String storedSubmissionId() {
        Object id = ((JavascriptExecutor) driver)
                .executeScript(
                        "var s = JSON.parse(localStorage.getItem('lzp-survey:' + document.getElementById('survey').dataset.token)"
                                + " || 'null'); return s && s.submissionId;");
        return (String) id;
    }

    long pageWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }

    private WebElement input(String question, String value) {
        return driver.findElement(By.cssSelector("input[name='" + question + "'][value='" + value + "']"));
    }

    private void tap(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
