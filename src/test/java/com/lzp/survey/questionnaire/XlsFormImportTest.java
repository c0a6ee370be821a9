package com.lzp.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.lzp.survey.common.FieldError;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.XlsForms;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An XLSForm workbook as KoboToolbox writes it becomes the same definition as its JSON twin; every error is named. */
class XlsFormImportTest {

    static List<FieldError> problemsOf(byte[] workbook) {
        SurveyException refused =
                catchThrowableOfType(SurveyException.class, () -> XlsFormImport.read(workbook, null, null));
        assertThat(refused).as("the workbook is refused").isNotNull();
        assertThat(refused.status()).isEqualTo(422);
        return refused.toProblem().errors();
    }

    @Test
    void shouldImportAKoboToolboxStyleFormAsTheSameDefinitionAsItsJsonTwin() {
        QuestionnaireDefinition twin = Definitions.read("questionnaires/test-six-point-v1.json");

        XlsFormImport.Imported imported =
                XlsFormImport.read(XlsForms.sixPointTwin("test-six-point").bytes(), null, null);

        assertThat(imported.definition()).isEqualTo(twin);
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void shouldGiveBackEveryShippedQuestionnaireFromItsOwnXlsForm() {
        for (QuestionnaireDefinition definition : List.of(
                Definitions.builtIn(),
                Definitions.read("questionnaires/lzp-cadre-v1.json"),
                Definitions.mini(),
                Definitions.read("questionnaires/test-six-point-v1.json"))) {
            XlsFormImport.Imported imported = XlsFormImport.read(XlsFormExport.write(definition), null, null);

            assertThat(imported.definition()).as(definition.label()).isEqualTo(definition);
            assertThat(imported.warnings()).as(definition.label()).isEmpty();
        }
    }

    @Test
    void shouldReadTheReportWordingFromItsOwnColumns() {
        XlsFormImport.Imported imported = XlsFormImport.read(
                XlsForms.sixPointTwin("test-six-point")
                        .change("settings", rows -> {
                            rows.get(0).add("report_respondents");
                            rows.get(1).add("党务干部");
                        })
                        .change("survey", rows -> {
                            rows.get(0).add("report_statement");
                            rows.get(12).add("党务干部乐于投入党建");
                        })
                        .bytes(),
                null,
                null);

        ReportLabels labels = imported.definition().labels();
        assertThat(labels.respondents()).isEqualTo("党务干部");
        assertThat(labels.problems()).isEqualTo("存在问题");
        assertThat(labels.statements()).containsExactly(java.util.Map.entry("P1c", "党务干部乐于投入党建"));
    }

    @Test
    void shouldTakeTheCodeAndVersionFromTheRequestWhenGiven() {
        XlsFormImport.Imported imported = XlsFormImport.read(
                XlsForms.sixPointTwin("aKoboFormIdThatIsNotOurs")
                        .change("settings", rows -> rows.get(1).set(2, "vK8xT3q (2024-05-06)"))
                        .bytes(),
                "six-from-kobo",
                3);

        assertThat(imported.definition().code()).isEqualTo("six-from-kobo");
        assertThat(imported.definition().version()).isEqualTo(3);
    }

    @Test
    void shouldNameTheSheetRowAndColumnOfEveryProblem() {
        byte[] workbook = XlsForms.sixPointTwin("test-six-point")
                .change("survey", rows -> {
                    rows.get(4).set(0, "integer"); // row 5: the role as a number
                    rows.get(9).set(1, "E1"); // row 10: E2 renamed to a code used before
                    rows.get(12).set(11, "maybe"); // row 13: P1c's reverse
                    rows.get(29).set(0, "select_one causes"); // row 30: a list that does not exist
                    List<String> relevant = new java.util.ArrayList<>(rows.get(0));
                    relevant.add("relevant");
                    rows.set(0, relevant);
                    List<String> p2a = new java.util.ArrayList<>(rows.get(14));
                    while (p2a.size() < relevant.size() - 1) {
                        p2a.add("");
                    }
                    p2a.add("${role} = 'FULL'");
                    rows.set(14, p2a); // row 15: skip logic
                })
                .change("choices", rows -> rows.get(3).set(1, "4")) // row 4: the scale goes 1, 2, 4
                .change("dimensions", rows -> rows.get(2).set(2, "trouble")) // row 3: P1's role
                .change("settings", rows -> rows.get(1).set(0, "")) // no title
                .bytes();

        List<FieldError> problems = problemsOf(workbook);

        assertThat(problems)
                .extracting(FieldError::field, FieldError::message)
                .contains(
                        tuple(
                                "survey!A5",
                                "survey 表第 5 行 type 列（A5）：不支持数字题（integer）：为保护匿名，本系统不收集年龄、年限等精确数字。请改用 select_one 并给出区间选项（例如 “1年以上、不满3年”）。"),
                        tuple("survey!L13", "survey 表第 13 行 reverse 列（L13）：「maybe」无效：应为 yes 或 no（也可写 true/false）。"),
                        tuple("survey!A30", "survey 表第 30 行 type 列（A30）：选项列表「causes」在 choices 表中不存在。"),
                        tuple("survey!B10", "survey 表第 10 行 name 列（B10）：题目代码「E1」重复了。"),
                        tuple(
                                "survey!Q15",
                                "survey 表第 15 行 relevant 列（Q15）：本系统不支持跳题和选项过滤（relevant）：每位答卷人回答全部题目。请删去此列的内容。"),
                        tuple(
                                "choices!B4",
                                "choices 表第 4 行 name 列（B4）：量表选项列表「agree6」的 name 须为从小到大的连续整数（例如 1、2、3、4、5），这里是「4」。"),
                        tuple(
                                "dimensions!C3",
                                "dimensions 表第 3 行 role 列（C3）：维度角色「trouble」无效：应为 effect（成效）、problem（问题）、cause（原因）或 other（其他）。"),
                        tuple("settings!A2", "settings 表第 2 行 form_title 列（A2）：缺少问卷标题 form_title。"));
    }

    @Test
    void shouldTraceAMistakeOfTheDefinitionBackToItsCell() {
        byte[] workbook = XlsForms.sixPointTwin("test-six-point")
                .change("survey", rows -> {
                    rows.get(9).set(1, "E1"); // row 10: E2 renamed to a code used before
                    rows.get(30).set(7, "count-selected(.) <= 7"); // row 31: more measures than there are
                })
                .change("choices", rows -> rows.get(16).set(5, "")) // row 17: the second group has no name
                .change("dimensions", rows -> rows.get(4).set(5, "BOOSTER")) // row 5: C1's group does not exist
                .bytes();

        assertThat(problemsOf(workbook))
                .extracting(FieldError::field, FieldError::message)
                .containsExactlyInAnyOrder(
                        tuple("survey!B10", "survey 表第 10 行 name 列（B10）：题目代码「E1」重复了。"),
                        tuple(
                                "survey!H31",
                                "survey 表第 31 行 constraint 列（H31）：题目「measures」须满足 0 ≤ minChoices ≤ maxChoices ≤ 选项数（4），现在 minChoices=0，maxChoices=7。"),
                        tuple(
                                "choices!F17",
                                "choices 表第 17 行 group_label 列（F17）：选项组「STRENGTHEN」缺少名称：请在该组第一个选项的 group_label 列填写。"),
                        tuple(
                                "dimensions!F5",
                                "dimensions 表第 5 行 countermeasure_group 列（F5）：维度「C1」的对策组「BOOSTER」不是任何多选题的选项组。"));
    }

    @Test
    void shouldSayWhenTheFileIsNotAWorkbook() {
        assertThat(problemsOf("type,name\ntext,q1\n".getBytes(StandardCharsets.UTF_8)))
                .extracting(FieldError::message)
                .containsExactly("无法读取上传的文件：它不是有效的 Excel 工作簿（.xlsx 或 .xls）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。");
        assertThat(problemsOf(new byte[0]))
                .extracting(FieldError::message)
                .containsExactly("没有收到文件：请上传 XLSForm 工作簿（.xlsx）。");
        assertThat(problemsOf(XlsForms.workbook()
                        .sheet("questions", List.of("type", "name"), List.of(List.of("text", "q1")))
                        .bytes()))
                .extracting(FieldError::message)
                .containsExactly("工作簿缺少 survey 表（或该表没有内容）：XLSForm 的题目写在名为 survey 的工作表中。");
    }

    @Test
    void shouldWarnAboutAColumnItDoesNotKnowAndAConstraintItCannotRead() {
        XlsFormImport.Imported imported = XlsFormImport.read(
                XlsForms.sixPointTwin("test-six-point")
                        .change("survey", rows -> {
                            rows.get(0).set(10, "dimesion_role"); // a misspelt column
                            rows.get(30).set(7, "selected(., 'M1') or count-selected(.) <= 2");
                        })
                        .bytes(),
                null,
                null);

        assertThat(imported.warnings()).contains("survey 表的「dimesion_role」列本系统不使用，已忽略。");
        assertThat(imported.definition().question("measures").orElseThrow().mostChoices())
                .isEqualTo(2);
    }
}
