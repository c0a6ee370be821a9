package com.lzp.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.testing.Definitions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionCheckTest {

    @Test
    void shouldFindNoMistakeInTheShippedQuestionnaires() {
        assertThat(DefinitionCheck.mistakesIn(Definitions.builtIn())).isEmpty();
        assertThat(DefinitionCheck.mistakesIn(Definitions.mini())).isEmpty();
    }

    @Test
    void shouldFindAnItemOfAnUnknownDimensionAndADuplicateCode() {
        QuestionnaireDefinition mini = Definitions.mini();
        Section section = mini.sections().get(0);
        List<Question> questions = new ArrayList<>(section.questions());
        questions.add(new Question("A1", QuestionType.LIKERT, "重复的题目", false, "Q", null, null, null, null, null, null));
        QuestionnaireDefinition broken = new QuestionnaireDefinition(
                mini.code(),
                mini.version(),
                mini.title(),
                mini.description(),
                mini.estimatedMinutes(),
                mini.anonymity(),
                mini.scale(),
                mini.dimensions(),
                List.of(new Section(section.code(), section.title(), section.intro(), questions)));

        assertThat(DefinitionCheck.mistakesIn(broken))
                .contains("question code used twice: A1", "question A1: unknown dimension Q");
    }

    @Test
    void shouldReadReportLabelsWithDefaultsAndRefuseAStatementOfNoItem() {
        QuestionnaireDefinition mini = Definitions.mini();
        QuestionnaireDefinition builtIn = Definitions.builtIn();

        assertThat(mini.labels().respondents()).isEqualTo("受访者");
        assertThat(mini.labels().problems()).isEqualTo("存在问题");
        assertThat(mini.labels().statement(mini.question("A1").orElseThrow())).isEqualTo("甲问题的第一种表现");
        assertThat(builtIn.labels().respondents()).isEqualTo("党务干部");
        assertThat(builtIn.labels().statement(builtIn.question("P3a").orElseThrow()))
                .isEqualTo("党建工作方法还是“老样子”");
        assertThat(builtIn.withoutReportLabels().labels()).isEqualTo(ReportLabels.DEFAULTS);

        QuestionnaireDefinition wrong = new QuestionnaireDefinition(
                mini.code(),
                mini.version(),
                mini.title(),
                mini.description(),
                mini.estimatedMinutes(),
                mini.anonymity(),
                mini.scale(),
                mini.dimensions(),
                mini.sections(),
                new ReportLabels(null, null, null, null, null, null, null, null, null, java.util.Map.of("role", "身份")));
        assertThat(DefinitionCheck.mistakesIn(wrong))
                .containsExactly("reportLabels.statements names role, which is not a Likert item");
    }

    @Test
    void shouldLayAnswersOutInFormOrderWithOneSlotPerOption() {
        AnswerLayout layout = Definitions.mini().layout();

        assertThat(layout.slotOf("role")).isZero();
        assertThat(layout.slotOf("A1")).isEqualTo(1);
        assertThat(layout.slotOf("B2")).isEqualTo(5);
        assertThat(layout.slotOf("picks", "X")).isEqualTo(6);
        assertThat(layout.slotOf("picks", "Z")).isEqualTo(8);
        assertThat(layout.width()).isEqualTo(9);
    }
}
