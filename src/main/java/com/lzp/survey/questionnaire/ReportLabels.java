package com.lzp.survey.questionnaire;

import java.util.Map;
import java.util.Optional;

/**
 * How the findings report and the charts name the survey's people, its parts and its statements — the wording the
 * committee would write, kept with the questionnaire so that no code names cadres or the study's blocks. Optional in
 * the definition file, field by field: an absent field takes its default. Wording only: changing it never changes
 * what a stored answer means, so the catalog accepts an edit of it on a version that already has responses.
 *
 * @param respondents who answered (党务干部); default 受访者
 * @param organizations what the units are (单位党组织); default 单位
 * @param topic what the survey is about, for the title 关于…的调研报告 (机关党建与业务工作融合情况); default: the
 *        wave's title without 调查/问卷 at its end
 * @param author who reports (市直机关工委课题组); default 课题组
 * @param method how the survey was done, for the lead paragraph; default 匿名问卷调查
 * @param effects heading of the part on what is working; default 工作成效
 * @param problems heading of the part on the problems; default 存在问题
 * @param causes heading of the part on the causes; default 原因剖析
 * @param countermeasures heading of the part on what to do; default 对策建议
 * @param statements per Likert item code, the statement as a sentence of the report can carry it after 认为
 *        (主动性不够足); default: the item's text up to its first comma
 */
public record ReportLabels(
        String respondents,
        String organizations,
        String topic,
        String author,
        String method,
        String effects,
        String problems,
        String causes,
        String countermeasures,
        Map<String, String> statements) {

    /** Every field at its default. */
    public static final ReportLabels DEFAULTS =
            new ReportLabels(null, null, null, null, null, null, null, null, null, null);

    public ReportLabels {
        respondents = orDefault(respondents, "受访者");
        organizations = orDefault(organizations, "单位");
        topic = blank(topic) ? null : topic.strip();
        author = orDefault(author, "课题组");
        method = orDefault(method, "匿名问卷调查");
        effects = orDefault(effects, "工作成效");
        problems = orDefault(problems, "存在问题");
        causes = orDefault(causes, "原因剖析");
        countermeasures = orDefault(countermeasures, "对策建议");
        statements = statements == null ? Map.of() : Map.copyOf(statements);
    }

    /** The topic, when the definition names one. */
    public Optional<String> topicIfNamed() {
        return Optional.ofNullable(topic);
    }

    /** The statement of an item for the report: the definition's, else the item's text up to its first comma. */
    public String statement(Question item) {
        String named = statements.get(item.code());
        return blank(named) ? firstClause(item.text()) : named.strip();
    }

    /** A sentence's first clause, without its closing punctuation. */
    public static String firstClause(String text) {
        return text.replaceAll("[，。；：？！,;:?!].*$", "").strip();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
