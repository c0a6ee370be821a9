package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A versioned questionnaire as loaded from its definition (a JSON file, an upload or an XLSForm). Immutable: once a
 * version is used its definition never changes, and {@link #layout()} fixes how each response's answers are stored.
 * Properties left out of a definition take the defaults named here and on the parts, so that definitions written
 * before a property existed still load and mean what they meant.
 *
 * @param code stable code of the questionnaire (the same across versions)
 * @param version version number, starting at 1
 * @param title title shown on the form and in reports
 * @param description the survey's purpose, shown on the form (empty when absent)
 * @param estimatedMinutes how long answering takes; when absent, estimated from the questions (10 s per Likert
 *     item, 15 s per choice question, a minute per text question)
 * @param anonymity what is and is not stored, shown on the form; when absent, {@link #DEFAULT_ANONYMITY}, which
 *     says what this service stores
 * @param scale the Likert scale of every Likert item; {@link Scale#FIVE_POINT} when absent
 * @param dimensions the Likert dimensions, in report order
 * @param sections the questions, section by section, in form order
 * @param reportLabels how reports and charts name the respondents, the parts and the statements; optional, see
 *        {@link ReportLabels}; read it through {@link #labels()}
 */
public record QuestionnaireDefinition(
        String code,
        int version,
        String title,
        String description,
        int estimatedMinutes,
        String anonymity,
        Scale scale,
        List<Dimension> dimensions,
        List<Section> sections,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReportLabels reportLabels) {

    public static final String DEFAULT_ANONYMITY =
            "本问卷匿名填写：不收集姓名、身份证号、手机号等任何可识别个人身份的信息；" + "系统只记录您所在单位（来自邀请链接）、您的作答内容和提交时间。";

    public QuestionnaireDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
        List<Question> questions =
                sections.stream().flatMap(s -> s.questions().stream()).toList();
        dimensions = dimensions == null
                ? List.of()
                : dimensions.stream()
                        .map(d -> d.minAnswered() != 0
                                ? d
                                : d.withMinAnswered(Dimension.twoThirdsOf((int) questions.stream()
                                        .filter(q -> q.type() == QuestionType.LIKERT && d.code() != null)
                                        .filter(q -> d.code().equals(q.dimension()))
                                        .count())))
                        .toList();
        scale = scale == null ? Scale.FIVE_POINT : scale;
        description = description == null ? "" : description;
        anonymity = anonymity == null || anonymity.isBlank() ? DEFAULT_ANONYMITY : anonymity;
        if (estimatedMinutes == 0) {
            estimatedMinutes = estimateMinutes(questions);
        }
    }

    private static int estimateMinutes(List<Question> questions) {
        int seconds = 0;
        for (Question q : questions) {
            seconds += q.type() == null
                    ? 0
                    : switch (q.type()) {
                        case LIKERT -> 10;
                        case SINGLE, MULTI -> 15;
                        case TEXT -> 60;
                    };
        }
        return Math.max(1, (seconds + 30) / 60);
    }

    /** A definition without report labels (every label at its default). */
    public QuestionnaireDefinition(
            String code,
            int version,
            String title,
            String description,
            int estimatedMinutes,
            String anonymity,
            Scale scale,
            List<Dimension> dimensions,
            List<Section> sections) {
        this(code, version, title, description, estimatedMinutes, anonymity, scale, dimensions, sections, null);
    }

    /** The report labels, each at its default where the definition gives none. */
    public ReportLabels labels() {
        return reportLabels == null ? ReportLabels.DEFAULTS : reportLabels;
    }

    /** The same definition without its report labels: what a response's meaning depends on. */
    public QuestionnaireDefinition withoutReportLabels() {
        return new QuestionnaireDefinition(
                code, version, title, description, estimatedMinutes, anonymity, scale, dimensions, sections);
    }

    /** Every question in form order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionCode) {
        return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** Likert items in form order. */
    public List<Question> likertItems() {
        return questions().stream().filter(q -> q.type() == QuestionType.LIKERT).toList();
    }

    /** Likert items of one dimension, in form order. */
    public List<Question> itemsOf(String dimensionCode) {
        return likertItems().stream()
                .filter(q -> dimensionCode.equals(q.dimension()))
                .toList();
    }

    public Optional<Dimension> dimension(String dimensionCode) {
        return dimensions.stream().filter(d -> d.code().equals(dimensionCode)).findFirst();
    }

    public List<Dimension> dimensionsOf(DimensionKind kind) {
        return dimensions.stream().filter(d -> d.kind() == kind).toList();
    }

    /** Single-choice questions in form order. */
    public List<Question> singleChoices() {
        return questions().stream().filter(q -> q.type() == QuestionType.SINGLE).toList();
    }

    /** Where each answer sits in a stored response. */
    public AnswerLayout layout() {
        return AnswerLayout.of(this);
    }

    /** "lzp-cadre v1": how people refer to this version. */
    public String label() {
        return code + " v" + version;
    }
}
