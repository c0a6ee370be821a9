package com.lzp.survey.findings;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.ReportLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the findings of a wave from its analysis the way the committee writes (DESIGN.md §4): title, lead
 * paragraph, numbered key conclusions, the study's parts — each part only when the questionnaire has what it needs —
 * with the statistics in notes and the numbered appendix tables. Honest by rule: no ranking, difference or
 * disagreement without its test, associations never worded as causes, suppressed groups never described, and low
 * reliability, a low response rate, wide intervals and weak explanations each get a caveat. Pure: the same analysis
 * and texts give the same report.
 */
public final class FindingsWriter {

    private FindingsWriter() {}

    /** The report of a whole wave without researcher texts (as the committee summary uses it). */
    public static FindingsReport write(
            QuestionnaireDefinition definition, WaveAnalysis analysis, String wave, String waveTitle, boolean demo) {
        return write(definition, analysis, ReportFacts.of(wave, waveTitle, demo), Map.of());
    }

    /**
     * @param analysis a full analysis; a suppressed one gives a report that says only that the selection is too small
     * @param texts the researchers' text per part key, latest versions
     */
    public static FindingsReport write(
            QuestionnaireDefinition definition,
            WaveAnalysis analysis,
            ReportFacts facts,
            Map<String, SectionText> texts) {
        ReportLabels labels = definition.labels();
        if (analysis.suppressed()) {
            return suppressed(definition, analysis, facts);
        }
        ReportContext context = new ReportContext(definition, analysis, facts, texts);
        String title = "关于" + OverviewSection.topic(context) + "的调研报告";
        List<ReportTable> tables = AppendixTables.build(context);
        List<Paragraph> lead = OverviewSection.lead(context);
        List<ReportSection> sections = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        sections.add(OverviewSection.write(context, heading(1, "调查基本情况")));
        List<Part> parts = List.of(
                ctx -> EffectsSection.write(ctx, heading(sections.size() + 1, labels.effects())),
                ctx -> ProblemsSection.write(ctx, heading(sections.size() + 1, labels.problems())),
                ctx -> CausesSection.write(ctx, heading(sections.size() + 1, labels.causes())),
                ctx -> CountermeasuresSection.write(ctx, heading(sections.size() + 1, labels.countermeasures())));
        for (Part part : parts) {
            part.write(context).ifPresent(written -> {
                sections.add(written.section());
                if (written.conclusion() != null) {
                    conclusions.add(written.conclusion());
                }
            });
        }
        return new FindingsReport(
                facts.wave(),
                facts.waveTitle(),
                title,
                labels.author(),
                facts.scope(),
                facts.demo(),
                lead,
                numbered(conclusions),
                sections,
                tables,
                context.caveats);
    }

    @FunctionalInterface
    private interface Part {
        Optional<Written> write(ReportContext context);
    }

    /** 一是…。二是…。 */
    static List<Paragraph> numbered(List<String> conclusions) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < conclusions.size(); i++) {
            paragraphs.add(
                    new Paragraph(Wording.chineseNumber(i + 1) + "是", List.of(Span.text(conclusions.get(i) + "。"))));
        }
        return paragraphs;
    }

    private static String heading(int number, String name) {
        return Wording.chineseNumber(number) + "、" + name;
    }

    private static FindingsReport suppressed(
            QuestionnaireDefinition definition, WaveAnalysis analysis, ReportFacts facts) {
        ReportLabels labels = definition.labels();
        String topic = labels.topicIfNamed()
                .orElse(facts.waveTitle().replaceAll("【[^】]*】", "").strip());
        Paragraph only = Paragraph.of(
                "所选范围只有 " + analysis.responses() + " 份答卷，少于 " + analysis.suppressionThreshold() + " 份。为保护匿名，不生成调研结论。");
        return new FindingsReport(
                facts.wave(),
                facts.waveTitle(),
                "关于" + topic + "的调研报告",
                labels.author(),
                facts.scope(),
                facts.demo(),
                List.of(only),
                List.of(),
                List.of(),
                List.of(),
                List.of("样本过小，未生成结论。"));
    }
}
