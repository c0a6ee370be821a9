package com.lzp.survey.questionnaire;

import com.lzp.survey.common.FieldError;
import com.lzp.survey.questionnaire.XlsFormSheets.SheetRow;
import com.lzp.survey.questionnaire.XlsFormSheets.SheetRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an XLSForm workbook — the open standard of KoboToolbox and ODK — into a questionnaire definition. The
 * sheets {@code survey}, {@code choices} and {@code settings} are read as those tools read them; a few columns of
 * our own say what XLSForm has no words for (the dimension of a Likert item, its role, reverse keying). README.md
 * ("Questionnaires from XLSForm") documents every column with an example.
 *
 * <p>Every problem is reported at once with its sheet, row and column; the definition the workbook makes is then
 * checked like any other, and those mistakes are traced back to the cells they came from.
 */
final class XlsFormImport {

    /** What the workbook made, and what was passed over. */
    record Imported(QuestionnaireDefinition definition, List<String> warnings) {}

    private static final Set<String> IGNORED_TYPES = Set.of(
            "start",
            "end",
            "today",
            "deviceid",
            "subscriberid",
            "simserial",
            "phonenumber",
            "username",
            "email",
            "audit",
            "calculate",
            "start-geopoint",
            "background-audio");
    /** Columns XLSForm tools know that change nothing here (presentation, messages, defaults). */
    private static final Set<String> HARMLESS_COLUMNS = Set.of(
            "appearance",
            "required_message",
            "constraint_message",
            "guidance_hint",
            "default",
            "read_only",
            "parameters",
            "image",
            "audio",
            "video",
            "media",
            "calculation",
            "trigger",
            "body::accuracythreshold",
            "repeat_count",
            "autoplay",
            "list_name",
            "name",
            "type");

    private static final Set<String> SURVEY_COLUMNS = Set.of(
            "type",
            "name",
            "label",
            "hint",
            "required",
            "relevant",
            "constraint",
            "choice_filter",
            "dimension",
            "dimension_role",
            "reverse",
            "short_label",
            "min_choices",
            "max_choices",
            "none_label",
            "max_length",
            "report_statement");
    private static final Set<String> CHOICES_COLUMNS =
            Set.of("list_name", "name", "label", "group", "group_label", "dimension");
    private static final Set<String> SETTINGS_COLUMNS = Set.of(
            "form_title",
            "form_id",
            "version",
            "default_language",
            "description",
            "anonymity",
            "estimated_minutes",
            "agree_from",
            "applies_from",
            "style",
            "instance_name",
            "public_key",
            "submission_url",
            "allow_choice_duplicates",
            "id_string",
            "report_respondents",
            "report_organizations",
            "report_topic",
            "report_author",
            "report_method",
            "report_effects",
            "report_problems",
            "report_causes",
            "report_countermeasures");
    private static final Set<String> DIMENSIONS_COLUMNS =
            Set.of("name", "label", "role", "aspect", "min_answered", "countermeasure_group");

    private static final Pattern COUNT_SELECTED =
            Pattern.compile("count-selected\\(\\s*\\.\\s*\\)\\s*(<=|<|>=|>|=)\\s*(\\d+)");

    private final XlsFormSheets sheets;
    private final List<FieldError> problems = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    /** Where each part of the definition came from, and the label language. */
    private final XlsFormOrigins origins = new XlsFormOrigins();
    /** Each question's statement for the report, by its code, in form order. */
    private final Map<String, String> statements = new LinkedHashMap<>();

    private XlsFormImport(XlsFormSheets sheets) {
        this.sheets = sheets;
    }

    /**
     * @param code the questionnaire's code when not the settings' {@code form_id} (null: use form_id)
     * @param version the version when not the settings' {@code version} (null: use version)
     * @throws com.lzp.survey.common.SurveyException 422 listing every problem, each with sheet, row and column
     */
    static Imported read(byte[] workbook, String code, Integer version) {
        List<FieldError> unreadable = new ArrayList<>();
        Optional<XlsFormSheets> sheets = XlsFormSheets.read(workbook, unreadable);
        if (sheets.isEmpty()) {
            throw QuestionnaireCatalog.invalid(unreadable);
        }
        XlsFormImport reading = new XlsFormImport(sheets.get());
        reading.problems.addAll(unreadable);
        QuestionnaireDefinition definition = reading.build(code, version);
        if (definition != null) {
            // the definition's own mistakes too, so that one round fixes everything; a cell already found wanting
            // is not reported twice
            Set<String> found = new HashSet<>();
            reading.problems.forEach(p -> found.add(p.field()));
            for (FieldError mistake : DefinitionCheck.mistakesIn(definition)) {
                FieldError traced = reading.origins.traced(mistake);
                if (found.add(traced.field())) {
                    reading.problems.add(traced);
                }
            }
        }
        if (!reading.problems.isEmpty()) {
            throw QuestionnaireCatalog.invalid(reading.problems);
        }
        return new Imported(definition, List.copyOf(reading.warnings));
    }

    private QuestionnaireDefinition build(String codeOverride, Integer versionOverride) {
        Optional<SheetRows> survey = sheets.sheet("survey");
        if (survey.isEmpty() || survey.get().rows().isEmpty()) {
            problems.add(new FieldError("survey", "工作簿缺少 survey 表（或该表没有内容）：XLSForm 的题目写在名为 survey 的工作表中。"));
            return null;
        }
        origins.language = chooseLanguage(survey.get());
        Optional<SheetRows> settingsSheet = sheets.sheet("settings");
        origins.settings =
                settingsSheet.flatMap(s -> s.rows().stream().findFirst()).orElse(null);
        settingsSheet.ifPresent(s -> warnAboutColumns(s, SETTINGS_COLUMNS));
        warnAboutColumns(survey.get(), SURVEY_COLUMNS);
        sheets.sheet("choices").ifPresent(this::readChoices);
        List<DimensionDraft> dimensions = new ArrayList<>();
        sheets.sheet("dimensions").ifPresent(sheet -> readDimensions(sheet, dimensions));

        List<Section> sections = readSurvey(survey.get(), dimensions);
        Scale scale = readScale();

        String title = setting("form_title");
        if (title.isEmpty()) {
            problems.add(
                    origins.settings == null
                            ? new FieldError(
                                    "settings", "工作簿缺少 settings 表：请至少给出 form_title（问卷标题）、form_id（问卷代码）和 version（版本号）。")
                            : origins.settings.problem("form_title", "缺少问卷标题 form_title。"));
        }
        String code = codeOverride != null && !codeOverride.isBlank() ? codeOverride.strip() : setting("form_id");
        if (code.isEmpty() && origins.settings != null) {
            problems.add(origins.settings.problem("form_id", "缺少问卷代码 form_id（例如 lzp-cadre），或在上传地址中给出 ?code=。"));
        }
        int version = versionOverride != null
                ? versionOverride
                : settingInt("version", 0, "版本号须为正整数（例如 1），也可在上传地址中给出 ?version=。");
        if (version == 0 && versionOverride == null && origins.settings != null && !origins.settings.has("version")) {
            problems.add(origins.settings.problem("version", "缺少版本号 version（正整数，例如 1），或在上传地址中给出 ?version=。"));
        }
        int minutes = settingInt("estimated_minutes", 0, "预计用时须为整数分钟。");
        return new QuestionnaireDefinition(
                code.isEmpty() ? null : code,
                version,
                title.isEmpty() ? null : title,
                emptyToNull(setting("description")),
                minutes,
                emptyToNull(setting("anonymity")),
                scale,
                dimensions.stream().map(DimensionDraft::toDimension).toList(),
                sections,
                reportLabels());
    }

    /** The report's wording: settings columns report_*, statements from the survey's report_statement column. */
    private ReportLabels reportLabels() {
        List<String> fields = List.of(
                "report_respondents",
                "report_organizations",
                "report_topic",
                "report_author",
                "report_method",
                "report_effects",
                "report_problems",
                "report_causes",
                "report_countermeasures");
        if (fields.stream().allMatch(f -> setting(f).isEmpty()) && statements.isEmpty()) {
            return null;
        }
        return new ReportLabels(
                emptyToNull(setting("report_respondents")),
                emptyToNull(setting("report_organizations")),
                emptyToNull(setting("report_topic")),
                emptyToNull(setting("report_author")),
                emptyToNull(setting("report_method")),
                emptyToNull(setting("report_effects")),
                emptyToNull(setting("report_problems")),
                emptyToNull(setting("report_causes")),
                emptyToNull(setting("report_countermeasures")),
                statements);
    }

    // ---- languages

    /**
     * The label language: the one column of Chinese labels when there are several languages ({@code label::Chinese
     * (zh)}, {@code label::中文}), else the settings' default_language, else plain {@code label}, else the first.
     */
    private String chooseLanguage(SheetRows survey) {
        List<String> languages = new ArrayList<>();
        for (String column : survey.columns().keySet()) {
            if (column.equals("label")) {
                languages.add("");
            } else if (column.startsWith("label::")) {
                languages.add(column.substring("label".length()));
            }
        }
        for (String language : languages) {
            String l = language.toLowerCase(Locale.ROOT);
            if (l.contains("chinese")
                    || l.contains("中文")
                    || l.contains("汉")
                    || l.contains("(zh")
                    || l.equals("::zh")
                    || l.startsWith("::zh-")
                    || l.startsWith("::zh_")) {
                return language;
            }
        }
        String preferred = sheets.sheet("settings")
                .flatMap(s -> s.rows().stream().findFirst())
                .map(r -> r.get("default_language"))
                .orElse("")
                .toLowerCase(Locale.ROOT);
        if (!preferred.isEmpty() && languages.contains("::" + preferred)) {
            return "::" + preferred;
        }
        if (languages.isEmpty() || languages.contains("")) {
            return "";
        }
        return languages.get(0);
    }

    /** The label (or hint) of a row in the chosen language, falling back to the plain column. */
    private String localised(SheetRow row, String base) {
        String value = row.get(base + origins.language);
        return value.isEmpty() ? row.get(base) : value;
    }

    private void warnAboutColumns(SheetRows sheet, Set<String> known) {
        for (String column : sheet.columns().keySet()) {
            String base = column.split("::", 2)[0];
            if (!known.contains(base)
                    && !HARMLESS_COLUMNS.contains(base)
                    && !column.startsWith("$")
                    && !column.startsWith("media::")) {
                warnings.add(sheet.name() + " 表的「" + column + "」列本系统不使用，已忽略。");
            }
        }
    }

    // ---- settings

    private String setting(String column) {
        return origins.settings == null ? "" : origins.settings.get(column);
    }

    private int settingInt(String column, int absent, String message) {
        if (origins.settings == null || !origins.settings.has(column)) {
            return absent;
        }
        Integer value = integer(origins.settings.get(column));
        if (value == null || value < 1) {
            problems.add(origins.settings.problem(column, "「" + origins.settings.get(column) + "」不是有效的值：" + message));
            return absent;
        }
        return value;
    }

    // ---- choices

    private void readChoices(SheetRows sheet) {
        warnAboutColumns(sheet, CHOICES_COLUMNS);
        for (SheetRow row : sheet.rows()) {
            String list = row.get("list_name");
            if (list.isEmpty()) {
                problems.add(row.problem("list_name", "缺少选项列表名 list_name。"));
                continue;
            }
            origins.listRows.computeIfAbsent(list, l -> new ArrayList<>()).add(row);
        }
    }

    /** The options of a choice list, their groups collected on the way. */
    private List<Option> optionsOf(String list, List<OptionGroup> groups) {
        List<Option> options = new ArrayList<>();
        Map<String, OptionGroup> byCode = new LinkedHashMap<>();
        Map<String, SheetRow> groupRows = new LinkedHashMap<>();
        for (SheetRow row : origins.listRows.get(list)) {
            String group = emptyToNull(row.get("group"));
            options.add(new Option(
                    emptyToNull(row.get("name")),
                    emptyToNull(localised(row, "label")),
                    group,
                    emptyToNull(row.get("dimension"))));
            if (group != null) {
                groupRows.putIfAbsent(group, row);
                String label = row.get("group_label");
                OptionGroup known = byCode.get(group);
                if (known == null || known.label() == null) {
                    byCode.put(group, new OptionGroup(group, emptyToNull(label)));
                } else if (!label.isEmpty() && !label.equals(known.label())) {
                    problems.add(row.problem("group_label", "选项组「" + group + "」的名称与前面写的「" + known.label() + "」不一致。"));
                }
            }
        }
        byCode.forEach((code, group) -> {
            if (group.label() == null) {
                problems.add(groupRows
                        .get(code)
                        .problem("group_label", "选项组「" + code + "」缺少名称：请在该组第一个选项的 group_label 列填写。"));
            }
        });
        groups.addAll(byCode.values());
        return options;
    }

    // ---- dimensions

    /** A dimension as the workbook gives it, possibly in two places (dimensions sheet, survey's role column). */
    private static final class DimensionDraft {
        final String code;
        String name;
        DimensionKind kind;
        SheetRow kindRow;
        String aspect;
        int minAnswered;
        String countermeasureGroup;

        DimensionDraft(String code) {
            this.code = code;
        }

        Dimension toDimension() {
            return new Dimension(code, kind, name, aspect, minAnswered, countermeasureGroup);
        }
    }

    private void readDimensions(SheetRows sheet, List<DimensionDraft> dimensions) {
        warnAboutColumns(sheet, DIMENSIONS_COLUMNS);
        for (SheetRow row : sheet.rows()) {
            DimensionDraft draft = new DimensionDraft(emptyToNull(row.get("name")));
            draft.name = emptyToNull(localised(row, "label"));
            draft.aspect = emptyToNull(row.get("aspect"));
            draft.countermeasureGroup = emptyToNull(row.get("countermeasure_group"));
            if (row.has("role")) {
                draft.kind = role(row, "role");
                draft.kindRow = row;
            }
            if (row.has("min_answered")) {
                Integer min = integer(row.get("min_answered"));
                if (min == null || min < 1) {
                    problems.add(row.problem("min_answered", "「" + row.get("min_answered") + "」不是正整数。"));
                } else {
                    draft.minAnswered = min;
                }
            }
            dimensions.add(draft);
            origins.dimensionRows.add(row);
        }
    }

    private DimensionKind role(SheetRow row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "effect", "成效", "工作成效" -> DimensionKind.EFFECT;
            case "problem", "问题", "存在问题" -> DimensionKind.PROBLEM;
            case "cause", "原因" -> DimensionKind.CAUSE;
            case "other", "其他" -> DimensionKind.OTHER;
            default -> {
                problems.add(row.problem(
                        column, "维度角色「" + row.get(column) + "」无效：应为 effect（成效）、problem（问题）、cause（原因）或 other（其他）。"));
                yield null;
            }
        };
    }

    private DimensionDraft dimensionFor(String code, SheetRow row, List<DimensionDraft> dimensions) {
        for (DimensionDraft draft : dimensions) {
            if (code.equals(draft.code)) {
                return draft;
            }
        }
        DimensionDraft draft = new DimensionDraft(code);
        draft.name = code;
        warnings.add("维度「" + code + "」没有写在 dimensions 表中，报告中将以代码作为它的名称。");
        dimensions.add(draft);
        origins.dimensionRows.add(row);
        return draft;
    }

    // ---- survey

    private List<Section> readSurvey(SheetRows survey, List<DimensionDraft> dimensions) {
        List<Section> sections = new ArrayList<>();
        SectionDraft current = null;
        boolean inGroup = false;
        SheetRow groupStart = null;
        for (SheetRow row : survey.rows()) {
            String type = row.get("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (type.isEmpty()) {
                problems.add(row.problem("type", "缺少题型 type。"));
                continue;
            }
            for (String logic : List.of("relevant", "choice_filter")) {
                if (row.has(logic)) {
                    problems.add(row.problem(logic, "本系统不支持跳题和选项过滤（" + logic + "）：每位答卷人回答全部题目。请删去此列的内容。"));
                }
            }
            if (type.equals("begin_group") || type.equals("begin group")) {
                if (inGroup) {
                    problems.add(
                            row.problem("type", "不支持分组嵌套：请先用 end_group 结束上一个分组（第 " + groupStart.number() + " 行开始）。"));
                    continue;
                }
                current = finish(current, sections);
                current = new SectionDraft(emptyToNull(row.get("name")), localised(row, "label"), row);
                current.intro(localised(row, "hint"));
                inGroup = true;
                groupStart = row;
                continue;
            }
            if (type.equals("end_group") || type.equals("end group")) {
                if (!inGroup) {
                    problems.add(row.problem("type", "end_group 前面没有对应的 begin_group。"));
                    continue;
                }
                current = finish(current, sections);
                inGroup = false;
                continue;
            }
            if (type.startsWith("begin_repeat")
                    || type.startsWith("begin repeat")
                    || type.startsWith("end_repeat")
                    || type.startsWith("end repeat")) {
                problems.add(row.problem("type", "不支持重复组（repeat）：每份答卷只回答一遍问卷。"));
                continue;
            }
            if (IGNORED_TYPES.contains(type)) {
                continue; // metadata KoboToolbox adds to every form; we record no device or time of its own
            }
            if (current == null) {
                current = new SectionDraft("part" + (sections.size() + 1), "", null);
            }
            if (type.equals("note")) {
                current.intro(localised(row, "label"));
                continue;
            }
            Question question = question(row, type, dimensions);
            if (question != null) {
                current.questions.add(question);
                current.rows.add(row);
            }
        }
        if (inGroup) {
            problems.add(groupStart.problem("type", "分组「" + groupStart.get("name") + "」没有用 end_group 结束。"));
        }
        finish(current, sections);
        return sections;
    }

    /** A section being read: a group, or a run of questions outside any group (with no title). */
    private static final class SectionDraft {
        final String code;
        final String title;
        final SheetRow row;
        final List<String> intro = new ArrayList<>();
        final List<Question> questions = new ArrayList<>();
        final List<SheetRow> rows = new ArrayList<>();

        SectionDraft(String code, String title, SheetRow row) {
            this.code = code;
            this.title = title;
            this.row = row;
        }

        void intro(String text) {
            if (!text.isEmpty()) {
                intro.add(text);
            }
        }
    }

    private SectionDraft finish(SectionDraft draft, List<Section> sections) {
        if (draft != null && draft.row == null && draft.questions.isEmpty() && !draft.intro.isEmpty()) {
            warnings.add("分组之外、后面没有题目的说明文字（note）无处显示，已忽略：" + String.join(" ", draft.intro));
        }
        if (draft != null && (draft.row != null || !draft.questions.isEmpty())) {
            sections.add(new Section(
                    draft.code,
                    draft.title,
                    draft.intro.isEmpty() ? null : String.join(" ", draft.intro),
                    draft.questions));
            origins.sectionRows.add(draft.row != null ? draft.row : draft.rows.get(0));
            origins.questionRows.add(draft.rows);
        }
        return null;
    }

    private Question question(SheetRow row, String type, List<DimensionDraft> dimensions) {
        String[] parts = type.split(" ");
        String kind = parts[0];
        if (kind.equals("integer") || kind.equals("decimal") || kind.equals("range")) {
            problems.add(row.problem(
                    "type", "不支持数字题（" + kind + "）：为保护匿名，本系统不收集年龄、年限等精确数字。请改用 select_one 并给出区间选项（例如 “1年以上、不满3年”）。"));
            return null;
        }
        QuestionType questionType;
        String list = null;
        switch (kind) {
            case "select_one", "select_multiple" -> {
                if (parts.length < 2) {
                    problems.add(row.problem("type", kind + " 后面须写选项列表名，例如 “" + kind + " yesno”。"));
                    return null;
                }
                if (parts.length > 2) {
                    problems.add(row.problem("type", "不支持 “" + type + "”：or_other（其他请注明）等写法请改为单独的选项和填空题。"));
                    return null;
                }
                list = parts[1];
                if (!origins.listRows.containsKey(list)) {
                    problems.add(row.problem("type", "选项列表「" + list + "」在 choices 表中不存在。"));
                    return null;
                }
                boolean likert = row.has("dimension");
                if (likert && kind.equals("select_multiple")) {
                    problems.add(row.problem("dimension", "量表题须为 select_one；多选题不能属于维度。"));
                    return null;
                }
                questionType = likert
                        ? QuestionType.LIKERT
                        : kind.equals("select_one") ? QuestionType.SINGLE : QuestionType.MULTI;
            }
            case "text" -> questionType = QuestionType.TEXT;
            default -> {
                problems.add(row.problem(
                        "type",
                        "不支持的题型「" + row.get("type")
                                + "」：可用 select_one、select_multiple、text，以及 begin_group/end_group 和 note。"));
                return null;
            }
        }
        String text = localised(row, "label");
        String hint = localised(row, "hint");
        if (!hint.isEmpty()) {
            text = text + "（" + hint + "）";
        }
        Boolean required = yesNo(row, "required");
        Boolean reverse = yesNo(row, "reverse");
        String dimension = null;
        List<Option> options = List.of();
        List<OptionGroup> groups = new ArrayList<>();
        if (questionType == QuestionType.LIKERT) {
            dimension = row.get("dimension");
            DimensionDraft draft = dimensionFor(dimension, row, dimensions);
            if (row.has("dimension_role")) {
                DimensionKind role = role(row, "dimension_role");
                if (draft.kind == null) {
                    draft.kind = role;
                    draft.kindRow = row;
                } else if (role != null && role != draft.kind) {
                    problems.add(row.problem(
                            "dimension_role",
                            "维度「" + dimension + "」的角色与" + draft.kindRow.sheet() + " 表第 " + draft.kindRow.number()
                                    + " 行写的不一致。"));
                }
            }
            if (origins.scaleList == null) {
                origins.scaleList = list;
            } else if (!origins.scaleList.equals(list)) {
                problems.add(row.problem("type", "量表题都须使用同一个选项列表（前面用的是「" + origins.scaleList + "」），因为全卷共用一个量表。"));
            }
        } else if (questionType != QuestionType.TEXT) {
            options = optionsOf(list, groups);
        }
        if (row.has("report_statement")) {
            statements.put(row.get("name"), row.get("report_statement"));
            origins.statementRows.put(row.get("name"), row);
        }
        Integer[] choices = choiceLimits(row, questionType);
        Integer maxLength = null;
        if (row.has("max_length")) {
            maxLength = integer(row.get("max_length"));
            if (maxLength == null) {
                problems.add(row.problem("max_length", "「" + row.get("max_length") + "」不是整数。"));
            }
        }
        return new Question(
                emptyToNull(row.get("name")),
                questionType,
                text.isEmpty() ? null : text,
                Boolean.TRUE.equals(required),
                dimension,
                options,
                groups,
                choices[0],
                choices[1],
                maxLength,
                emptyToNull(row.get("short_label")),
                Boolean.TRUE.equals(reverse),
                emptyToNull(row.get("none_label")));
    }

    /** minChoices and maxChoices from their columns, or from a constraint such as {@code count-selected(.) <= 3}. */
    private Integer[] choiceLimits(SheetRow row, QuestionType type) {
        Integer min = limit(row, "min_choices");
        Integer max = limit(row, "max_choices");
        String constraint = row.get("constraint");
        if (type == QuestionType.MULTI && !constraint.isEmpty()) {
            Matcher m = COUNT_SELECTED.matcher(constraint);
            boolean any = false;
            while (m.find()) {
                any = true;
                int n = Integer.parseInt(m.group(2));
                switch (m.group(1)) {
                    case "<=" -> max = max == null ? n : max;
                    case "<" -> max = max == null ? n - 1 : max;
                    case ">=" -> min = min == null ? n : min;
                    case ">" -> min = min == null ? n + 1 : min;
                    default -> {
                        min = min == null ? n : min;
                        max = max == null ? n : max;
                    }
                }
            }
            if (!any) {
                warnings.add(row.sheet() + " 表第 " + row.number() + " 行的约束「" + constraint
                        + "」无法识别，已忽略；多选题的选项数请用 min_choices、max_choices 列或 count-selected(.) <= 3 这样的约束。");
            }
        }
        return new Integer[] {min, max};
    }

    private Integer limit(SheetRow row, String column) {
        if (!row.has(column)) {
            return null;
        }
        Integer value = integer(row.get(column));
        if (value == null || value < 0) {
            problems.add(row.problem(column, "「" + row.get(column) + "」不是有效的选项数（0 或正整数）。"));
        }
        return value;
    }

    // ---- the scale

    /** The scale from the choice list the Likert items use: names consecutive whole numbers, labels in order. */
    private Scale readScale() {
        if (origins.scaleList == null) {
            if (origins.settings != null
                    && (origins.settings.has("agree_from") || origins.settings.has("applies_from"))) {
                warnings.add("问卷没有量表题（带 dimension 的 select_one），settings 表的 agree_from、applies_from 已忽略。");
            }
            return null;
        }
        List<SheetRow> rows = origins.listRows.get(origins.scaleList);
        List<String> labels = new ArrayList<>();
        Integer first = null;
        Integer previous = null;
        for (SheetRow row : rows) {
            Integer value = integer(row.get("name"));
            if (value == null || (previous != null && value != previous + 1)) {
                problems.add(row.problem(
                        "name",
                        "量表选项列表「" + origins.scaleList + "」的 name 须为从小到大的连续整数（例如 1、2、3、4、5），这里是「" + row.get("name")
                                + "」。"));
                return null;
            }
            if (first == null) {
                first = value;
            }
            previous = value;
            labels.add(localised(row, "label"));
        }
        Integer agree = null;
        if (origins.settings != null && origins.settings.has("agree_from")) {
            agree = integer(origins.settings.get("agree_from"));
            if (agree == null) {
                problems.add(
                        origins.settings.problem("agree_from", "「" + origins.settings.get("agree_from") + "」不是整数。"));
            }
        }
        Double applies = null;
        if (origins.settings != null && origins.settings.has("applies_from")) {
            try {
                applies = Double.parseDouble(origins.settings.get("applies_from"));
            } catch (NumberFormatException e) {
                problems.add(origins.settings.problem(
                        "applies_from", "「" + origins.settings.get("applies_from") + "」不是数值。"));
            }
        }
        return Scale.read(first, previous, labels, agree, applies);
    }

    // ---- values

    private Boolean yesNo(SheetRow row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> null;
            case "yes", "true", "true()", "1", "y", "是" -> true;
            case "no", "false", "false()", "0", "n", "否" -> false;
            default -> {
                problems.add(row.problem(column, "「" + row.get(column) + "」无效：应为 yes 或 no（也可写 true/false）。"));
                yield null;
            }
        };
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
