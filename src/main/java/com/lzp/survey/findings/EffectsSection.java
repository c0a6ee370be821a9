package com.lzp.survey.findings;

import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The part on what is working (工作成效): how widely each effect dimension is affirmed, item by item. */
final class EffectsSection {

    static final String KEY = "effects";

    private EffectsSection() {}

    /** Empty when the questionnaire has no effect dimension with scores. */
    static Optional<Written> write(ReportContext c, String heading) {
        Draft draft = new Draft(c);
        List<String> conclusions = new ArrayList<>();
        for (Dimension dimension : c.dimensionsOf(DimensionKind.EFFECT)) {
            Optional<DimensionSummary> score = c.dimension(dimension.code());
            if (score.isEmpty()) {
                continue;
            }
            double percent = score.get().appliesPercent();
            String affirmed = Wording.share(percent) + "（" + Wording.percent(percent) + "）的" + c.respondents() + "对本单位"
                    + dimension.name() + "总体持肯定态度";
            conclusions.add(affirmed);
            Draft.Builder paragraph =
                    draft.paragraph().text("调查显示，" + affirmed).note(DimensionWording.scoreNote(c, score.get()));
            paragraph.text("。");
            DimensionWording.items(paragraph, c, dimension, AppendixTables.Key.EFFECTS);
            paragraph.end();
            DimensionWording.reliabilityCaveat(draft, c, dimension);
        }
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Written(
                new ReportSection(
                        KEY, heading, draft.paragraphs(), c.texts.get(KEY), draft.notes(), List.of("likert-effects")),
                conclusions.isEmpty() ? null : String.join("；", conclusions)));
    }
}
