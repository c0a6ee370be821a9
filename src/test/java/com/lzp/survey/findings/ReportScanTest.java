package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import com.lzp.survey.testing.PlantedWaves;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole report, in every format a person gets (the data's text, Markdown, Word), for words it must not
 * use: causal words anywhere, and rankings, differences and disagreements where the planted truth says there are
 * none. The balanced wave makes every comparison exactly even, so none of those words may appear; the demo wave has
 * a planted structure, so the supported ones must. The texts are saved under {@code target/reports}.
 */
class ReportScanTest {

    static final QuestionnaireDefinition BUILT_IN = Definitions.builtIn();
    /** Words that state a cause: a cross-sectional survey shows associations only. */
    static final List<String> CAUSAL = List.of("源于", "导致", "归因于", "根源在于", "决定了", "造成了");
    /** Words that rank, call a difference real, or claim a disagreement: each needs a significant test. */
    static final List<String> CLAIMS =
            List.of("最高", "最低", "依次", "明显高于", "明显低于", "差异明显", "最为突出", "最多", "不一致", "关联最为密切", "主要与");

    static WaveAnalysis demo;
    static WaveAnalysis balanced;
    static WaveAnalysis studyLike;

    @BeforeAll
    static void analyse() {
        demo = DemoAnalysis.of(300);
        balanced = PlantedWaves.balanced(300);
        studyLike = PlantedWaves.studyLike(20241124, 300);
    }

    static String everyFormat(FindingsReport report, String name) throws IOException {
        String data = report.plainText();
        String markdown = MarkdownReport.render(report, chart -> chart + ".png");
        byte[] docx = DocxReport.render(report, chart -> null);
        String word;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            word = extractor.getText();
        }
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.writeString(folder.resolve(name + ".txt"), data, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
        Files.write(folder.resolve(name + ".docx"), docx);
        // 每人最多选三项 is a rule of the question, not a ranking
        return (data + "\n" + markdown + "\n" + word).replace("最多选", "至多选");
    }

    static FindingsReport write(WaveAnalysis analysis, String title) {
        return FindingsWriter.write(BUILT_IN, analysis, ReportFacts.of("w", title, false), Map.of());
    }

    @Test
    void shouldNeverStateACauseOnAnyWave() throws IOException {
        for (var wave : Map.of("demo", demo, "balanced", balanced, "study-like", studyLike)
                .entrySet()) {
            String text = everyFormat(write(wave.getValue(), "机关党建与业务工作融合情况调查"), "report-" + wave.getKey());
            for (String word : CAUSAL) {
                assertThat(text).as(wave.getKey() + ": " + word).doesNotContain(word);
            }
        }
    }

    @Test
    void shouldClaimNoRankingDifferenceOrDisagreementWhereNoneIsPlanted() throws IOException {
        String text = everyFormat(write(balanced, "平衡批次"), "report-balanced");

        for (String word : CLAIMS) {
            assertThat(text).as(word).doesNotContain(word);
        }
        assertThat(text).contains("三者大体相当").contains("差异不明显").contains("自评未指向明确的原因");
    }

    @Test
    void shouldStateTheSupportedClaimsOfThePlantedStructure() throws IOException {
        String text = everyFormat(write(demo, "演示批次"), "report-demo");

        // 认识 goes with 热情不高, 能力 with 思路不清, 机制 with 办法不多 in the generator
        assertThat(text)
                .contains("热情不高与思想认识不到位关联最为密切")
                .contains("思路不清与能力素质有欠缺关联最为密切")
                .contains("办法不多与制度机制不健全关联最为密切");
    }

    @Test
    void shouldRankOnTheStudyLikeWaveOnlyWhatItsTestsSupport() throws IOException {
        FindingsReport report = write(studyLike, "机关党建与业务工作融合情况调查");
        String text = everyFormat(report, "report-study-like");

        // every 最高 / 依次 / 明显高于 must come from a tier break: check the problems' ranking sentence against its tests
        var ranking = studyLike.ranking("problems").orElseThrow();
        List<List<com.lzp.survey.analysis.ShareRanking.RankedShare>> tiers = RankingWording.tiers(ranking);
        String problems = report.sections().get(2).paragraphs().get(0).plainText();
        if (tiers.size() == 1) {
            assertThat(problems).contains("三者大体相当").doesNotContain("最高").doesNotContain("依次");
        }
        Matcher disagreements = Pattern.compile("不一致").matcher(text);
        long claimed = disagreements.results().count();
        long judged = studyLike.mainCause().byProblem().stream()
                .filter(v -> SelfReportWording.judge(
                                        v,
                                        studyLike.attribution().stream()
                                                .filter(a -> a.problem().equals(v.problem()))
                                                .findFirst()
                                                .orElseThrow(),
                                        BUILT_IN.question("main_cause").orElseThrow())
                                .verdict()
                        == SelfReportWording.Verdict.DIFFERS)
                .count();
        assertThat(claimed).as("disagreements claimed in three formats").isEqualTo(judged * 3 + (judged > 0 ? 3 : 0));
    }
}
