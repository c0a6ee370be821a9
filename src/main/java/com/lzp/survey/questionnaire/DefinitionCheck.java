package com.lzp.survey.questionnaire;

import com.lzp.survey.common.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a questionnaire definition for every mistake an author can make, whether it came from a file, an upload
 * or an XLSForm. Each mistake names where it is ({@code sections[2].questions[0].dimension}) and says in Chinese
 * what to change; all are reported at once. The check never throws, whatever is missing.
 */
final class DefinitionCheck {

    static final Pattern QUESTIONNAIRE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** Names the analysis and its query parameters use for themselves: a question may not take them. */
    static final Set<String> RESERVED = Set.of(
            "unit", "unit_type", "unittype", "from", "to", "row", "column", "width", "height", "dpi", "submissionid");
    /** The attribution fits every subset of the causes (2^k models per bootstrap draw): beyond this it is too slow. */
    static final int MOST_CAUSES = 8;

    static final int MOST_SCALE_POINTS = 11;
    static final int MOST_QUESTIONS = 500;
    static final int MOST_OPTIONS = 100;
    static final int LONGEST_TEXT_ANSWER = 5000;

    private DefinitionCheck() {}

    /** @return every mistake found, empty when the definition is sound */
    static List<FieldError> mistakesIn(QuestionnaireDefinition d) {
        List<FieldError> mistakes = new ArrayList<>();
        if (d.code() == null || d.code().isBlank()) {
            mistakes.add(new FieldError("code", "缺少问卷代码 code（例如 lzp-cadre）。"));
        } else if (!QUESTIONNAIRE_CODE.matcher(d.code()).matches()) {
            mistakes.add(new FieldError("code", "问卷代码「" + d.code() + "」只能由小写英文字母、数字和连字符组成，2 到 63 个字符，例如 lzp-cadre。"));
        }
        if (d.version() < 1) {
            mistakes.add(new FieldError("version", "版本号 version 须为 1 或更大的整数，现在是 " + d.version() + "。"));
        }
        if (d.title() == null || d.title().isBlank()) {
            mistakes.add(new FieldError("title", "缺少问卷标题 title。"));
        } else if (d.title().length() > 200) {
            mistakes.add(
                    new FieldError("title", "问卷标题不能超过 200 字，现在是 " + d.title().length() + " 字。"));
        }
        if (d.estimatedMinutes() < 0 || d.estimatedMinutes() > 240) {
            mistakes.add(new FieldError("estimatedMinutes", "预计用时 estimatedMinutes 须在 1 到 240 分钟之间。"));
        }
        checkScale(d.scale(), mistakes);
        Set<String> dimensionCodes = checkDimensions(d, mistakes);
        checkSections(d, dimensionCodes, mistakes);
        checkCountermeasureGroups(d, mistakes);
        checkReportLabels(d, mistakes);
        return mistakes;
    }

    private static void checkScale(Scale scale, List<FieldError> mistakes) {
        int points = scale.points();
        if (scale.min() < 0 || scale.max() <= scale.min() || points > MOST_SCALE_POINTS) {
            mistakes.add(new FieldError(
                    "scale",
                    "量表须满足 0 ≤ min < max，且不超过 " + MOST_SCALE_POINTS + " 个点；现在是 min=" + scale.min() + "，max="
                            + scale.max() + "。"));
            return;
        }
        if (scale.labels().size() != points) {
            mistakes.add(new FieldError(
                    "scale.labels",
                    "量表从 " + scale.min() + " 到 " + scale.max() + " 共 " + points + " 个点，labels 须按从低到高给出 " + points
                            + " 个说明，现在是 " + scale.labels().size() + " 个。"));
        }
        for (int i = 0; i < scale.labels().size(); i++) {
            if (scale.labels().get(i) == null || scale.labels().get(i).isBlank()) {
                mistakes.add(new FieldError("scale.labels[" + i + "]", "量表第 " + (i + 1) + " 个点的说明是空的。"));
            }
        }
        if (scale.agreeFrom() <= scale.min() || scale.agreeFrom() > scale.max()) {
            mistakes.add(new FieldError(
                    "scale.agreeFrom",
                    "“同意”的起点 agreeFrom 须在 " + (scale.min() + 1) + " 到 " + scale.max() + " 之间，现在是 " + scale.agreeFrom()
                            + "。"));
        }
        if (!(scale.appliesFrom() > scale.min() && scale.appliesFrom() <= scale.max())) {
            mistakes.add(new FieldError(
                    "scale.appliesFrom",
                    "维度“存在”的得分线 appliesFrom 须大于 " + scale.min() + " 且不超过 " + scale.max() + "，现在是 " + scale.appliesFrom()
                            + "。"));
        }
    }

    private static Set<String> checkDimensions(QuestionnaireDefinition d, List<FieldError> mistakes) {
        Set<String> codes = new HashSet<>();
        int causes = 0;
        for (int i = 0; i < d.dimensions().size(); i++) {
            Dimension dimension = d.dimensions().get(i);
            String where = "dimensions[" + i + "]";
            if (dimension == null) {
                mistakes.add(new FieldError(where, "第 " + (i + 1) + " 个维度是空的。"));
                continue;
            }
            if (dimension.code() == null || !CODE.matcher(dimension.code()).matches()) {
                mistakes.add(new FieldError(
                        where + ".code",
                        "第 " + (i + 1) + " 个维度的代码「" + dimension.code() + "」" + "须以英文字母开头，只含英文字母、数字和下划线，最多 40 个字符。"));
                continue;
            }
            String named = "维度「" + dimension.code() + "」";
            if (!codes.add(dimension.code())) {
                mistakes.add(new FieldError(where + ".code", "维度代码「" + dimension.code() + "」重复了。"));
            }
            if (dimension.name() == null || dimension.name().isBlank()) {
                mistakes.add(new FieldError(where + ".name", named + "缺少名称 name（报告中使用，例如 热情不高）。"));
            }
            int items = d.itemsOf(dimension.code()).size();
            if (items == 0) {
                mistakes.add(new FieldError(where, named + "没有任何量表题：请给题目的 dimension 填上它，或删去这个维度。"));
            } else if (dimension.minAnswered() < 1 || dimension.minAnswered() > items) {
                mistakes.add(new FieldError(
                        where + ".minAnswered",
                        named + "的 minAnswered（计算维度得分至少需要回答的题数）须在 1 到 " + items + " 之间，现在是 " + dimension.minAnswered()
                                + "。"));
            }
            if (dimension.kind() == DimensionKind.CAUSE) {
                causes++;
            } else if (dimension.countermeasureGroup() != null) {
                mistakes.add(new FieldError(
                        where + ".countermeasureGroup", named + "不是原因维度（kind 为 CAUSE），不能指定对策组 countermeasureGroup。"));
            }
        }
        if (causes > MOST_CAUSES) {
            mistakes.add(new FieldError(
                    "dimensions",
                    "原因维度（kind 为 CAUSE）最多 " + MOST_CAUSES + " 个，现在有 " + causes + " 个：归因分析要对原因的每一种组合做回归。"));
        }
        return codes;
    }

    private static void checkSections(
            QuestionnaireDefinition d, Set<String> dimensionCodes, List<FieldError> mistakes) {
        if (d.sections().isEmpty()) {
            mistakes.add(new FieldError("sections", "问卷没有任何部分 sections，也就没有题目。"));
            return;
        }
        Set<String> sectionCodes = new HashSet<>();
        Map<String, String> columns = new HashMap<>();
        int count = 0;
        for (int s = 0; s < d.sections().size(); s++) {
            Section section = d.sections().get(s);
            String where = "sections[" + s + "]";
            if (section == null) {
                mistakes.add(new FieldError(where, "第 " + (s + 1) + " 部分是空的。"));
                continue;
            }
            if (section.code() == null || !CODE.matcher(section.code()).matches()) {
                mistakes.add(new FieldError(
                        where + ".code",
                        "第 " + (s + 1) + " 部分的代码「" + section.code() + "」" + "须以英文字母开头，只含英文字母、数字和下划线，最多 40 个字符。"));
            } else if (!sectionCodes.add(section.code())) {
                mistakes.add(new FieldError(where + ".code", "部分代码「" + section.code() + "」重复了。"));
            }
            if (section.questions().isEmpty()) {
                mistakes.add(new FieldError(where + ".questions", "第 " + (s + 1) + " 部分没有题目。"));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                count++;
                String at = where + ".questions[" + q + "]";
                Question question = section.questions().get(q);
                if (question == null) {
                    mistakes.add(new FieldError(at, "第 " + (s + 1) + " 部分第 " + (q + 1) + " 题是空的。"));
                    continue;
                }
                checkQuestion(question, at, d, dimensionCodes, columns, mistakes);
            }
        }
        if (count > MOST_QUESTIONS) {
            mistakes.add(new FieldError("sections", "问卷最多 " + MOST_QUESTIONS + " 题，现在有 " + count + " 题。"));
        }
    }

    /**
     * @param columns the names the question's answers take in the analysis table and in exports ({@code measures},
     *     {@code measures_M1}), each with the question that takes it: two questions may not share one
     */
    private static void checkQuestion(
            Question q,
            String where,
            QuestionnaireDefinition d,
            Set<String> dimensionCodes,
            Map<String, String> columns,
            List<FieldError> mistakes) {
        if (q.code() == null || !CODE.matcher(q.code()).matches()) {
            mistakes.add(new FieldError(
                    where + ".code", "题目代码「" + q.code() + "」须以英文字母开头，只含英文字母、数字和下划线，最多 40 个字符（例如 P1a、main_cause）。"));
            return;
        }
        String named = "题目「" + q.code() + "」";
        if (RESERVED.contains(q.code().toLowerCase(Locale.ROOT))) {
            mistakes.add(new FieldError(where + ".code", "题目代码「" + q.code() + "」是系统保留的名称（单位、日期筛选等使用），请换一个。"));
        }
        if (dimensionCodes.contains(q.code())) {
            mistakes.add(new FieldError(where + ".code", "题目代码「" + q.code() + "」与一个维度代码相同，交叉表无法区分，请换一个。"));
        }
        claim(columns, q.code(), q.code(), where + ".code", mistakes);
        if (q.text() == null || q.text().isBlank()) {
            mistakes.add(new FieldError(where + ".text", named + "缺少题干 text。"));
        } else if (q.text().length() > 500) {
            mistakes.add(new FieldError(where + ".text", named + "的题干不能超过 500 字。"));
        }
        if (q.type() == null) {
            mistakes.add(new FieldError(where + ".type", named + "缺少题型 type（LIKERT、SINGLE、MULTI、TEXT 之一）。"));
            return;
        }
        if (q.reverse() && q.type() != QuestionType.LIKERT) {
            mistakes.add(new FieldError(where + ".reverse", named + "不是量表题，不能反向计分（reverse）。"));
        }
        if (q.type() != QuestionType.LIKERT && q.dimension() != null) {
            mistakes.add(new FieldError(where + ".dimension", named + "不是量表题（LIKERT），不能属于维度。"));
        }
        if (q.type() != QuestionType.MULTI
                && (q.minChoices() != null
                        || q.maxChoices() != null
                        || q.noneLabel() != null
                        || !q.groups().isEmpty())) {
            mistakes.add(
                    new FieldError(where, named + "不是多选题（MULTI），不能设置 minChoices、maxChoices、noneLabel 或选项组 groups。"));
        }
        if (q.type() != QuestionType.TEXT && q.maxLength() != null) {
            mistakes.add(new FieldError(where + ".maxLength", named + "不是填空题（TEXT），不能设置 maxLength。"));
        }
        switch (q.type()) {
            case LIKERT -> {
                if (q.dimension() == null || !dimensionCodes.contains(q.dimension())) {
                    mistakes.add(new FieldError(
                            where + ".dimension",
                            named + "是量表题，须用 dimension 指明所属维度；"
                                    + (q.dimension() == null ? "现在没有填写。" : "维度「" + q.dimension() + "」不存在。")));
                }
                if (!q.options().isEmpty()) {
                    mistakes.add(new FieldError(where + ".options", named + "是量表题，选项由问卷的量表 scale 给出，不需要 options。"));
                }
            }
            case SINGLE, MULTI -> checkChoices(q, where, named, dimensionCodes, columns, mistakes);
            case TEXT -> {
                if (q.maxLength() == null || q.maxLength() < 1 || q.maxLength() > LONGEST_TEXT_ANSWER) {
                    mistakes.add(new FieldError(
                            where + ".maxLength", named + "的字数上限 maxLength 须在 1 到 " + LONGEST_TEXT_ANSWER + " 之间。"));
                }
                if (!q.options().isEmpty()) {
                    mistakes.add(new FieldError(where + ".options", named + "是填空题，不需要 options。"));
                }
            }
        }
    }

    private static void checkChoices(
            Question q,
            String where,
            String named,
            Set<String> dimensionCodes,
            Map<String, String> columns,
            List<FieldError> mistakes) {
        if (q.options().size() < 2 || q.options().size() > MOST_OPTIONS) {
            mistakes.add(new FieldError(
                    where + ".options",
                    named + "须有 2 到 " + MOST_OPTIONS + " 个选项，现在有 " + q.options().size() + " 个。"));
        }
        Set<String> groupCodes = new HashSet<>();
        for (int g = 0; g < q.groups().size(); g++) {
            OptionGroup group = q.groups().get(g);
            String at = where + ".groups[" + g + "]";
            if (group == null
                    || group.code() == null
                    || !OPTION_CODE.matcher(group.code()).matches()) {
                mistakes.add(new FieldError(at + ".code", named + "第 " + (g + 1) + " 个选项组的代码须为英文字母、数字、下划线或连字符。"));
                continue;
            }
            if (!groupCodes.add(group.code())) {
                mistakes.add(new FieldError(at + ".code", named + "的选项组代码「" + group.code() + "」重复了。"));
            }
            if (group.label() == null || group.label().isBlank()) {
                mistakes.add(new FieldError(at + ".label", named + "的选项组「" + group.code() + "」缺少名称 label。"));
            }
        }
        Set<String> optionCodes = new HashSet<>();
        for (int o = 0; o < q.options().size(); o++) {
            Option option = q.options().get(o);
            String at = where + ".options[" + o + "]";
            if (option == null
                    || option.code() == null
                    || !OPTION_CODE.matcher(option.code()).matches()) {
                mistakes.add(new FieldError(
                        at + ".code",
                        named + "第 " + (o + 1) + " 个选项的代码「" + (option == null ? null : option.code())
                                + "」须为英文字母、数字、下划线或连字符，最多 40 个字符。"));
                continue;
            }
            if (!optionCodes.add(option.code())) {
                mistakes.add(new FieldError(at + ".code", named + "的选项代码「" + option.code() + "」重复了。"));
            }
            if (option.label() == null || option.label().isBlank()) {
                mistakes.add(new FieldError(at + ".label", named + "的选项「" + option.code() + "」缺少文字 label。"));
            }
            if (option.group() != null && !groupCodes.contains(option.group())) {
                mistakes.add(new FieldError(
                        at + ".group", named + "的选项「" + option.code() + "」属于不存在的选项组「" + option.group() + "」。"));
            } else if (option.group() == null && !q.groups().isEmpty()) {
                mistakes.add(new FieldError(at + ".group", named + "分了选项组，选项「" + option.code() + "」也须指明所属的组 group。"));
            }
            if (option.dimension() != null && !dimensionCodes.contains(option.dimension())) {
                mistakes.add(new FieldError(
                        at + ".dimension", named + "的选项「" + option.code() + "」指向不存在的维度「" + option.dimension() + "」。"));
            }
            if (q.type() == QuestionType.MULTI) {
                claim(columns, q.code() + "_" + option.code(), q.code(), at + ".code", mistakes);
            }
        }
        if (q.type() == QuestionType.MULTI) {
            int min = q.fewestChoices();
            int max = q.mostChoices();
            if (min < 0 || max < 1 || min > max || max > q.options().size()) {
                mistakes.add(new FieldError(
                        where + ".maxChoices",
                        named + "须满足 0 ≤ minChoices ≤ maxChoices ≤ 选项数（"
                                + q.options().size() + "），现在 minChoices=" + min + "，maxChoices=" + max + "。"));
            }
            if (q.noneLabel() != null && min > 0) {
                mistakes.add(
                        new FieldError(where + ".noneLabel", named + "至少要选 " + min + " 项，“都不选”不是有效回答，不能设置 noneLabel。"));
            }
        }
    }

    private static void claim(
            Map<String, String> columns, String column, String question, String where, List<FieldError> mistakes) {
        String earlier = columns.putIfAbsent(column.toLowerCase(Locale.ROOT), question);
        if (earlier != null) {
            mistakes.add(new FieldError(
                    where,
                    earlier.equals(question)
                            ? "题目代码「" + question + "」重复了。"
                            : "题目「" + question + "」的数据列名「" + column + "」与题目「" + earlier
                                    + "」的重复了（多选题每个选项占一列：题目代码_选项代码）。"));
        }
    }

    /** The report's statements are written for Likert items, each under its item's code. */
    private static void checkReportLabels(QuestionnaireDefinition d, List<FieldError> mistakes) {
        Set<String> items = new HashSet<>();
        d.likertItems().stream().filter(q -> q.code() != null).forEach(q -> items.add(q.code()));
        for (String item : d.labels().statements().keySet()) {
            if (!items.contains(item)) {
                mistakes.add(new FieldError(
                        "reportLabels.statements." + item,
                        "报告用语 reportLabels.statements 中的「" + item + "」不是量表题的代码：只能为量表题写报告中的说法。"));
            }
        }
    }

    /** Each cause's countermeasure group names an option group of a multi-choice question. */
    private static void checkCountermeasureGroups(QuestionnaireDefinition d, List<FieldError> mistakes) {
        Set<String> groups = new HashSet<>();
        for (Question q : d.questions()) {
            if (q != null && q.type() == QuestionType.MULTI) {
                q.groups().stream().filter(g -> g != null).forEach(g -> groups.add(g.code()));
            }
        }
        for (int i = 0; i < d.dimensions().size(); i++) {
            Dimension dimension = d.dimensions().get(i);
            if (dimension != null
                    && dimension.countermeasureGroup() != null
                    && dimension.kind() == DimensionKind.CAUSE
                    && !groups.contains(dimension.countermeasureGroup())) {
                mistakes.add(new FieldError(
                        "dimensions[" + i + "].countermeasureGroup",
                        "维度「" + dimension.code() + "」的对策组「" + dimension.countermeasureGroup() + "」不是任何多选题的选项组。"));
            }
        }
    }
}
