package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A versioned questionnaire as loaded from its definition file. Immutable: once a version has responses
 * its definition never changes, and {@link #layout()} fixes how each response's answers are stored.
 *
 * @param code stable code of the questionnaire (the same across versions)
 * @param version version number, starting at 1
 * @param title title shown on the form and in reports
 * @param description the survey's purpose, shown on the form
 * @param estimatedMinutes how long answering takes
 * @param anonymity what is and is not stored, shown on the form
 * @param scale the Likert scale of every Likert item
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

    public QuestionnaireDefinition {
        dimensions = List.copyOf(dimensions);
        sections = List.copyOf(sections);
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
