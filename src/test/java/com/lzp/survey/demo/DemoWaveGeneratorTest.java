package com.lzp.survey.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.demo.DemoWave.DemoResponse;
import com.lzp.survey.demo.DemoWave.DemoUnit;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoWaveGeneratorTest {

    final QuestionnaireDefinition builtIn = Definitions.builtIn();

    @Test
    void shouldMakeTheSameWaveFromTheSameSeed() {
        DemoWave first = DemoWaveGenerator.generate(builtIn, 42, 565);
        DemoWave second = DemoWaveGenerator.generate(builtIn, 42, 565);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldMakeADifferentWaveFromAnotherSeed() {
        DemoWave first = DemoWaveGenerator.generate(builtIn, 42, 565);
        DemoWave other = DemoWaveGenerator.generate(builtIn, 43, 565);

        assertThat(other.responses()).isNotEqualTo(first.responses());
    }

    @Test
    void shouldModelTheStudysSeventyThreeUnitsOfEveryType() {
        DemoWave wave = DemoWaveGenerator.generate(builtIn, 20241123, 565);

        assertThat(wave.units()).hasSize(73);
        assertThat(wave.units()).extracting(DemoUnit::code).doesNotHaveDuplicates();
        assertThat(wave.units()).extracting(DemoUnit::type).contains(UnitType.values());
        int expected = wave.units().stream().mapToInt(DemoUnit::expectedCadres).sum();
        assertThat(565.0 / expected).isBetween(0.90, 0.98);
    }

    @Test
    void shouldNeverGiveAUnitMoreResponsesThanItHasCadres() {
        DemoWave wave = DemoWaveGenerator.generate(builtIn, 20241123, 565);
        Map<String, Long> responses =
                wave.responses().stream().collect(Collectors.groupingBy(DemoResponse::unit, Collectors.counting()));
        Map<String, DemoUnit> units =
                wave.units().stream().collect(Collectors.toMap(DemoUnit::code, Function.identity()));

        assertThat(wave.responses()).hasSize(565);
        responses.forEach((unit, count) ->
                assertThat(count).as(unit).isLessThanOrEqualTo(units.get(unit).expectedCadres()));
    }

    @Test
    void shouldOnlyMakeResponsesThatPassValidation() {
        DemoWave wave = DemoWaveGenerator.generate(builtIn, 7, 565);

        for (DemoResponse response : wave.responses()) {
            assertThatCode(() -> AnswerEncoder.encode(builtIn, response.answers()))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void shouldLeaveAboutOneAndAHalfPercentOfLikertAnswersBlank() {
        DemoWave wave = DemoWaveGenerator.generate(builtIn, 7, 2000);
        long slots = (long) wave.responses().size() * builtIn.likertItems().size();

        long blank = wave.responses().stream()
                .mapToLong(r -> builtIn.likertItems().stream()
                        .filter(q -> !r.answers().containsKey(q.code()))
                        .count())
                .sum();

        assertThat((double) blank / slots).isBetween(0.01, 0.02);
    }
}
