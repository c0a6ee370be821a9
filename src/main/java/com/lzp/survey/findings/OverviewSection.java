package com.lzp.survey.findings;

import com.lzp.survey.analysis.Composition;
import com.lzp.survey.analysis.ResponseTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lead paragraph (导语: who, when, how many, how) and the part on the survey itself (调查基本情况: units,
 * responses, response rate, who answered). A response rate is stated only where its denominator is known: a
 * selection by answer or date has none.
 */
final class OverviewSection {

    static final String KEY = "overview";

    private OverviewSection() {}

    static List<Paragraph> lead(ReportContext c) {
        List<Paragraph> lead = new ArrayList<>();
        if (c.facts.demo()) {
            lead.add(Paragraph.of("（说明：本报告由演示数据自动生成，数字不反映任何单位的真实情况。）"));
        }
        String when = period(c.facts.firstDay(), c.facts.lastDay());
        String who = c.summary.units().size() + "个" + c.labels.organizations() + "的" + c.respondents();
        StringBuilder text = new StringBuilder("为深入了解" + topic(c) + "，" + c.labels.author()
                + (when.isEmpty() ? "" : "于" + when) + "对" + who + "开展了" + c.labels.method());
        if (c.facts.scope() == null) {
            text.append("，回收有效问卷").append(c.summary.responses()).append("份");
            if (c.summary.responseRate() != null) {
                text.append("，回收率").append(Wording.percent(c.summary.responseRate()));
            }
            text.append("。");
        } else {
            text.append("。本报告分析其中")
                    .append(c.facts.scope())
                    .append("的有效问卷")
                    .append(c.summary.responses())
                    .append("份。");
        }
        text.append("现将调查情况报告如下。");
        lead.add(Paragraph.of(text.toString()));
        return lead;
    }

    static ReportSection write(ReportContext c, String heading) {
        Draft draft = new Draft(c);
        Draft.Builder counts = draft.paragraph();
        String units = c.summary.units().size() + "个" + c.labels.organizations();
        if (c.summary.wholeUnits()) {
            counts.text((c.facts.scope() == null ? "本次调查面向" : "本报告所分析的" + c.facts.scope() + "共有") + units
                    + "，应参加调查的" + c.respondents() + c.summary.expectedCadres() + "人，回收有效问卷" + c.summary.responses()
                    + "份"
                    + (c.summary.responseRate() == null ? "" : "，回收率" + Wording.percent(c.summary.responseRate())));
        } else {
            counts.text("本报告分析" + c.facts.scope() + "的有效问卷" + c.summary.responses() + "份，涉及" + units + "。因只统计其中部分"
                    + c.respondents() + "，应参加人数无从确定，不计算回收率");
        }
        counts.see(AppendixTables.Key.SAMPLE).text("。").end();
        composition(draft, c);
        if (c.summary.responseRate() != null && c.summary.responseRate() < Wording.LOW_RESPONSE_RATE) {
            draft.caveat("回收率不足七成（" + Wording.percent(c.summary.responseRate()) + "），未参加调查的" + c.respondents()
                    + "的看法可能与参加者不同，以下结论的代表性需审慎看待。");
        }
        return new ReportSection(
                KEY,
                heading,
                draft.paragraphs(),
                c.texts.get(KEY),
                draft.notes(),
                c.summary.wholeUnits() ? List.of("response-rates-by-unit-type") : List.of());
    }

    /** Who answered, by the profile questions (not the unit type, which the units already say); small groups unnamed. */
    private static void composition(Draft draft, ReportContext c) {
        List<String> parts = new ArrayList<>();
        for (Composition composition : c.analysis.composition()) {
            if (composition.variable().equals(ResponseTable.UNIT_TYPE) || composition.answered() == 0) {
                continue;
            }
            String shown = composition.parts().stream()
                    .filter(p -> !p.suppressed() && p.count() != null && p.count() > 0)
                    .map(p ->
                            p.label() + p.count() + "人、占" + Wording.percent(100.0 * p.count() / composition.answered()))
                    .collect(Collectors.joining("，"));
            if (!shown.isEmpty()) {
                parts.add("从" + composition.name() + "看，" + shown);
            }
            if (parts.size() == 2) {
                break;
            }
        }
        if (!parts.isEmpty()) {
            draft.paragraph().text(String.join("；", parts) + "。").end();
        }
    }

    /** 机关党建与业务工作融合情况: the labels' topic, else the wave's title without its marks and 调查 at its end. */
    static String topic(ReportContext c) {
        return c.labels
                .topicIfNamed()
                .orElseGet(() -> c.facts
                        .waveTitle()
                        .replaceAll("【[^】]*】", "")
                        .replaceAll("（[^）]*）$", "")
                        .replaceAll("(问卷调查|调查问卷|问卷|调查|调研)$", "")
                        .strip());
    }

    /** 2024年5月6日至19日, 2024年5月6日至6月2日, or 2024年5月6日 */
    static String period(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return "";
        }
        if (first.equals(last)) {
            return Wording.date(first);
        }
        String end = first.getYear() != last.getYear()
                ? Wording.date(last)
                : first.getMonthValue() != last.getMonthValue()
                        ? last.getMonthValue() + "月" + last.getDayOfMonth() + "日"
                        : last.getDayOfMonth() + "日";
        return Wording.date(first) + "至" + end;
    }
}
