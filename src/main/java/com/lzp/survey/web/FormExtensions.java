package com.lzp.survey.web;

import com.lzp.survey.collection.InvitationView;
import com.lzp.survey.collection.WaveStatus;
import com.lzp.survey.collection.WaveView;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionType;
import com.lzp.survey.questionnaire.Scale;
import com.lzp.survey.questionnaire.Section;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.stream.IntStream;

/** What the page templates ask of questions, sections, waves and links. */
@TemplateExtension
final class FormExtensions {

    private FormExtensions() {}

    static boolean isLikert(Question question) {
        return question.type() == QuestionType.LIKERT;
    }

    static boolean isSingle(Question question) {
        return question.type() == QuestionType.SINGLE;
    }

    static boolean isMulti(Question question) {
        return question.type() == QuestionType.MULTI;
    }

    static boolean isText(Question question) {
        return question.type() == QuestionType.TEXT;
    }

    static boolean hasLikert(Section section) {
        return section.questions().stream().anyMatch(FormExtensions::isLikert);
    }

    /** The options of one group of a multi-choice question, in form order. */
    static List<Option> optionsIn(Question question, String group) {
        return question.options().stream().filter(o -> group.equals(o.group())).toList();
    }

    static boolean hasGroups(Question question) {
        return !question.groups().isEmpty();
    }

    /** One point of the scale as the form shows it. */
    record Point(int value, String label) {}

    static List<Point> choices(Scale scale) {
        return IntStream.rangeClosed(scale.min(), scale.max())
                .mapToObj(v -> new Point(v, scale.labelOf(v)))
                .toList();
    }

    static boolean open(WaveView wave) {
        return wave.status() == WaveStatus.OPEN;
    }

    /** Response rate as the admin page shows it: whole percent, or a dash when no cadres are expected. */
    static String rate(InvitationView invitation) {
        return invitation.expectedCadres() == 0
                ? "–"
                : Math.round(100.0 * invitation.responses() / invitation.expectedCadres()) + "%";
    }
}
