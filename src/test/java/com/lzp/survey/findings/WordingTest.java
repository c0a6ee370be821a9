package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0}% reads as {1}")
    @CsvSource({
        "95.0, 绝大多数",
        "90.0, 绝大多数",
        "89.9, 四分之三以上",
        "75.0, 四分之三以上",
        "70.0, 三分之二以上",
        "66.7, 三分之二以上",
        "66.6, 六成以上",
        "60.0, 六成以上",
        "59.9, 过半",
        "50.1, 过半",
        "50.0, 半数",
        "49.0, 近半",
        "45.0, 近半",
        "44.9, 四成以上",
        "40.0, 四成以上",
        "39.9, 近四成",
        "37.0, 近四成",
        "36.9, 三成以上",
        "30.0, 三成以上",
        "29.0, 近三成",
        "27.0, 近三成",
        "26.9, 两成以上",
        "20.0, 两成以上",
        "17.5, 近两成",
        "12.0, 一成以上",
        "8.0, 近一成",
        "6.9, 不足一成",
        "0.0, 不足一成"
    })
    void shouldPhraseASharePlainly(double percent, String phrase) {
        assertThat(Wording.share(percent)).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "p = {0} reads as {1}")
    @CsvSource({
        "0.0004, p<0.001",
        "0.001, p<0.01",
        "0.0099, p<0.01",
        "0.01, p=0.010",
        "0.0499, p=0.050",
        "0.43, p=0.430"
    })
    void shouldWritePValuesTheWayReportsDo(double p, String text) {
        assertThat(Wording.p(p)).isEqualTo(text);
    }

    @ParameterizedTest(name = "p = {0} significant: {1}")
    @CsvSource({"0.0499, true", "0.05, false", "0.2, false"})
    void shouldCallADifferenceSignificantOnlyBelowFivePercent(double p, boolean significant) {
        assertThat(Wording.significant(p)).isEqualTo(significant);
    }

    @ParameterizedTest
    @CsvSource({"42.06, 42.1%", "5, 5.0%", "100, 100.0%"})
    void shouldGivePercentagesToOneDecimal(double value, String text) {
        assertThat(Wording.percent(value)).isEqualTo(text);
    }
}
