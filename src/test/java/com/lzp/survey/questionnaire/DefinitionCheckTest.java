package com.lzp.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.common.FieldError;
import com.lzp.survey.testing.Definitions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The definition format: what it accepts, the defaults of what it leaves out, and every mistake it reports. */
class DefinitionCheckTest {

    static final DefinitionReader READER = new DefinitionReader(new ObjectMapper().findAndRegisterModules());

    /** Every problem of a definition's JSON: what cannot be read, then what the check finds. */
    static List<FieldError> problemsOf(String json) {
        DefinitionReader.Read read = READER.read(json);
        List<FieldError> problems = new ArrayList<>(read.problems());
        if (read.definition() != null) {
            problems.addAll(DefinitionCheck.mistakesIn(read.definition()));
        }
        return problems;
    }

    static QuestionnaireDefinition sound(String json) {
        DefinitionReader.Read read = READER.read(json);
        assertThat(read.problems()).isEmpty();
        assertThat(DefinitionCheck.mistakesIn(read.definition())).isEmpty();
        return read.definition();
    }

    @Test
    void shouldFindNoMistakeInTheShippedQuestionnaires() {
        assertThat(DefinitionCheck.mistakesIn(Definitions.builtIn())).isEmpty();
        assertThat(DefinitionCheck.mistakesIn(Definitions.read("questionnaires/lzp-cadre-v1.json")))
                .isEmpty();
        assertThat(DefinitionCheck.mistakesIn(Definitions.mini())).isEmpty();
        assertThat(DefinitionCheck.mistakesIn(Definitions.read("questionnaires/test-six-point-v1.json")))
                .isEmpty();
    }

    @Test
    void shouldLetTheBuiltInVersionTwoDifferFromOneOnlyInThatChoosingNoMeasureIsAnAnswer() {
        QuestionnaireDefinition one = Definitions.read("questionnaires/lzp-cadre-v1.json");
        QuestionnaireDefinition two = Definitions.builtIn();

        assertThat(two.version()).isEqualTo(2);
        assertThat(two.layout().width()).isEqualTo(one.layout().width());
        assertThat(two.question("measures").orElseThrow().noneIsAnAnswer()).isTrue();
        assertThat(one.question("measures").orElseThrow().noneIsAnAnswer()).isFalse();
        assertThat(two.dimensions()).isEqualTo(one.dimensions());
        assertThat(two.likertItems()).isEqualTo(one.likertItems());
    }

    @Test
    void shouldGiveEverythingLeftOutItsDefault() {
        QuestionnaireDefinition d = sound("""
                {"code": "plain", "version": 1, "title": "最简问卷",
                 "dimensions": [{"code": "D", "name": "某维度"}],
                 "sections": [{"code": "s", "title": "唯一部分", "questions": [
                   {"code": "A1", "type": "LIKERT", "dimension": "D", "text": "第一题"},
                   {"code": "A2", "type": "LIKERT", "dimension": "D", "text": "第二题"},
                   {"code": "A3", "type": "LIKERT", "dimension": "D", "text": "第三题"},
                   {"code": "A4", "type": "LIKERT", "dimension": "D", "text": "第四题"},
                   {"code": "pick", "type": "MULTI", "text": "可多选", "options": [
                     {"code": "X", "label": "甲"}, {"code": "Y", "label": "乙"}]},
                   {"code": "note", "type": "TEXT", "text": "备注"}]}]}
                """);

        assertThat(d.scale()).isEqualTo(Scale.FIVE_POINT);
        Dimension dimension = d.dimensions().get(0);
        assertThat(dimension.kind()).isEqualTo(DimensionKind.OTHER);
        assertThat(dimension.aspect()).isEqualTo("某维度");
        assertThat(dimension.minAnswered()).as("two thirds of 4, rounded up").isEqualTo(3);
        assertThat(d.itemsOf("D")).noneMatch(Question::reverse);
        Question pick = d.question("pick").orElseThrow();
        assertThat(pick.fewestChoices()).isZero();
        assertThat(pick.mostChoices()).isEqualTo(2);
        assertThat(pick.noneIsAnAnswer()).isTrue();
        assertThat(pick.noneText()).isEqualTo("以上都不选");
        assertThat(d.question("note").orElseThrow().maxLength()).isEqualTo(500);
        assertThat(d.description()).isEmpty();
        assertThat(d.anonymity()).isEqualTo(QuestionnaireDefinition.DEFAULT_ANONYMITY);
        assertThat(d.estimatedMinutes()).as("4×10 s + 15 s + 60 s").isEqualTo(2);
    }

    @Test
    void shouldPutTheAgreePointAboveTheMiddleOfAnyScale() {
        assertThat(scale(1, 4, null, null))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(3, 2.5);
        assertThat(scale(1, 5, null, null))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(4, 3.5);
        assertThat(scale(1, 6, null, null))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(4, 3.5);
        assertThat(scale(1, 7, null, null))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(5, 4.5);
        assertThat(scale(0, 10, null, null))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(6, 5.5);
        assertThat(scale(1, 6, 5, 4.0))
                .extracting(Scale::agreeFrom, Scale::appliesFrom)
                .containsExactly(5, 4.0);
    }

    static Scale scale(int min, int max, Integer agreeFrom, Double appliesFrom) {
        List<String> labels = new ArrayList<>();
        for (int i = min; i <= max; i++) {
            labels.add("第" + i + "点");
        }
        return Scale.read(min, max, labels, agreeFrom, appliesFrom);
    }

    @Test
    void shouldScoreAReverseKeyedItemAsMaxPlusMinMinusTheAnswer() {
        QuestionnaireDefinition six = Definitions.read("questionnaires/test-six-point-v1.json");
        Question reversed =
                six.likertItems().stream().filter(Question::reverse).findFirst().orElseThrow();
        Question plain = six.itemsOf(reversed.dimension()).stream()
                .filter(q -> !q.reverse())
                .findFirst()
                .orElseThrow();

        assertThat(reversed.scored(six.scale(), 1)).isEqualTo(6);
        assertThat(reversed.scored(six.scale(), 2)).isEqualTo(5);
        assertThat(reversed.scored(six.scale(), 6)).isEqualTo(1);
        assertThat(plain.scored(six.scale(), 2)).isEqualTo(2);
    }

    @Test
    void shouldReportEveryMistakeAtOnceEachWithWhereItIsInChinese() {
        List<FieldError> problems = problemsOf("""
                {"code": "Bad Code", "version": 0, "title": "错误示例", "colour": "red",
                 "scale": {"min": 1, "max": 6, "labels": ["一", "二", "三", "四", "五"], "agreeFrom": 7},
                 "dimensions": [
                   {"code": "P", "kind": "PROBLEMS", "name": "问题"},
                   {"code": "P", "kind": "PROBLEM", "name": "重复"},
                   {"code": "E", "kind": "EFFECT", "name": "成效", "minAnswered": 3, "countermeasureGroup": "G"},
                   {"code": "C", "kind": "CAUSE", "name": "原因", "countermeasureGroup": "NOPE"}],
                 "sections": [{"code": "s", "title": "部分", "questions": [
                   {"code": "P1", "type": "LIKERT", "dimension": "P", "text": "问题一", "weight": 2},
                   {"code": "E1", "type": "LIKERT", "dimension": "E", "text": "成效一"},
                   {"code": "C1", "type": "LIKERT", "dimension": "C", "text": "原因一"},
                   {"code": "Q1", "type": "LIKERT", "dimension": "X", "text": "未知维度"},
                   {"code": "P1", "type": "SINGLE", "text": "重复代码", "reverse": true,
                    "options": [{"code": "A", "label": "甲"}, {"code": "A", "label": "乙"}]},
                   {"code": "unit", "type": "TEXT", "text": "保留名称", "maxLength": 0},
                   {"code": "m", "type": "MULTI", "text": "分组多选", "minChoices": 1, "noneLabel": "都不要",
                    "groups": [{"code": "G1", "label": "一组"}],
                    "options": [{"code": "X", "label": "甲", "group": "G1"}, {"code": "Y", "label": "乙"}]},
                   {"code": "t", "type": "ESSAY", "text": "未知题型"}]}]}
                """);

        assertThat(problems)
                .extracting(FieldError::field)
                .contains(
                        "colour",
                        "sections[0].questions[0].weight",
                        "dimensions[0].kind",
                        "sections[0].questions[7].type",
                        "code",
                        "version",
                        "scale.labels",
                        "scale.agreeFrom",
                        "dimensions[1].code",
                        "dimensions[2].minAnswered",
                        "dimensions[2].countermeasureGroup",
                        "dimensions[3].countermeasureGroup",
                        "sections[0].questions[3].dimension",
                        "sections[0].questions[4].code",
                        "sections[0].questions[4].reverse",
                        "sections[0].questions[4].options[1].code",
                        "sections[0].questions[5].code",
                        "sections[0].questions[5].maxLength",
                        "sections[0].questions[6].options[1].group",
                        "sections[0].questions[6].noneLabel");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).containsPattern("\\p{IsHan}"));
        assertThat(problems)
                .extracting(FieldError::field, FieldError::message)
                .contains(
                        tuple("colour", "不认识的属性「colour」（位置 colour）：请检查拼写，可用的属性见 README。"),
                        tuple("sections[0].questions[4].code", "题目代码「P1」重复了。"),
                        tuple("sections[0].questions[3].dimension", "题目「Q1」是量表题，须用 dimension 指明所属维度；维度「X」不存在。"),
                        tuple("scale.labels", "量表从 1 到 6 共 6 个点，labels 须按从低到高给出 6 个说明，现在是 5 个。"),
                        tuple("sections[0].questions[5].code", "题目代码「unit」是系统保留的名称（单位、日期筛选等使用），请换一个。"));
        assertThat(problems)
                .filteredOn(p -> "dimensions[0].kind".equals(p.field()))
                .singleElement()
                .extracting(FieldError::message)
                .asString()
                .contains("「PROBLEMS」", "EFFECT、PROBLEM、CAUSE、OTHER");
    }

    @Test
    void shouldSayWhereJsonThatIsNotJsonBreaks() {
        assertThat(problemsOf("{\"code\": \"x\",\n \"version\": 1,,}"))
                .singleElement()
                .extracting(FieldError::message)
                .asString()
                .startsWith("问卷定义不是有效的 JSON（第 2 行");
        assertThat(problemsOf("")).extracting(FieldError::message).containsExactly("没有收到问卷定义：请求内容是空的。");
        assertThat(problemsOf("[1, 2]"))
                .extracting(FieldError::message)
                .singleElement()
                .asString()
                .contains("对象");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"scale\": 5}",
                "{\"dimensions\": {\"a\": 1}}",
                "{\"sections\": [null]}",
                "{\"sections\": [{\"questions\": [null]}]}",
                "{\"sections\": [{\"questions\": [{\"type\": \"LIKERT\"}]}]}",
                "{\"version\": \"abc\"}",
                "{\"version\": 1.5}",
                "{\"title\": [\"x\"]}",
                "{\"scale\": {\"min\": 5, \"max\": 1}}",
                "{\"scale\": {\"labels\": null}, \"dimensions\": [{}]}",
                "{\"sections\": [{\"code\": \"s\", \"title\": \"t\", \"questions\": [{\"code\": \"q\","
                        + " \"type\": \"MULTI\", \"text\": \"x\", \"options\": [{\"code\": \"a\"}, {}],"
                        + " \"maxChoices\": -1, \"groups\": [{}]}]}]}",
                "{\"sections\": [{\"questions\": [{\"code\": \"q\", \"type\": \"TEXT\", \"maxLength\": null}]}]}",
                "null",
                "42"
            })
    void shouldDescribeWhateverIsWrongAndNeverFail(String json) {
        List<FieldError> problems = problemsOf(json);

        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void shouldRefuseMoreCausesThanTheAttributionCanFit() {
        StringBuilder dimensions = new StringBuilder();
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= DefinitionCheck.MOST_CAUSES + 1; i++) {
            dimensions
                    .append(i == 1 ? "" : ",")
                    .append("{\"code\": \"C" + i + "\", \"kind\": \"CAUSE\", \"name\": \"原因" + i + "\"}");
            items.append(i == 1 ? "" : ",")
                    .append("{\"code\": \"C" + i + "a\", \"type\": \"LIKERT\", \"dimension\": \"C" + i
                            + "\", \"text\": \"题\"}");
        }
        List<FieldError> problems =
                problemsOf("{\"code\": \"many\", \"version\": 1, \"title\": \"多原因\", \"dimensions\": [" + dimensions
                        + "], \"sections\": [{\"code\": \"s\", \"title\": \"部分\", \"questions\": [" + items + "]}]}");

        assertThat(problems)
                .extracting(FieldError::message)
                .containsExactly("原因维度（kind 为 CAUSE）最多 8 个，现在有 9 个：归因分析要对原因的每一种组合做回归。");
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
                .containsExactly(new FieldError(
                        "reportLabels.statements.role",
                        "报告用语 reportLabels.statements 中的「role」不是量表题的代码：只能为量表题写报告中的说法。"));
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
