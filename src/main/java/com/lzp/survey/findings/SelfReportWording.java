package com.lzp.survey.findings;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.MainCauseShares.ProblemView;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import java.util.List;
import java.util.Optional;

/**
 * Wording rule for the self-reported cause against the measured one (DESIGN.md §3), like with like: for each
 * problem, the main-cause answers of those to whom it applies against the others'. Self-report and measurement are
 * said to disagree only when those with the problem name an option significantly more often (χ² test of
 * independence p &lt; 0.05 and that option's adjusted residual above 1.96) and the measured association is clear
 * (the strongest cause's lead over the runner-up has a bootstrap interval above 0); a non-significant split is "no
 * clear self-reported cause".
 */
final class SelfReportWording {

    /** An adjusted residual beyond this is significant at 0.05 (two-sided normal quantile). */
    static final double RESIDUAL = 1.96;

    /** What may be said about one problem. */
    enum Verdict {
        /** A row is suppressed or there is no test: say nothing. */
        NOT_SHOWN,
        /** Those with the problem name no option significantly more often than the others. */
        NO_CLEAR_CAUSE,
        /** They do, and it is the cause the problem is measured to go with most strongly. */
        AGREES,
        /** They do, and it is not the cause the problem clearly goes with most strongly. */
        DIFFERS,
        /** They do, and the measured association names no single strongest cause. */
        NAMED_ONLY
    }

    /** The verdict and, unless none was named, the option named significantly more often. */
    record Judgement(Verdict verdict, Option named) {}

    private SelfReportWording() {}

    static Judgement judge(ProblemView view, CauseAttribution attribution, Question question) {
        if (view.byApplies().test() == null || view.affectedResiduals() == null) {
            return new Judgement(Verdict.NOT_SHOWN, null);
        }
        if (!Wording.significant(view.byApplies().test().p())) {
            return new Judgement(Verdict.NO_CLEAR_CAUSE, null);
        }
        List<Double> residuals = view.affectedResiduals();
        int best = -1;
        for (int i = 0; i < residuals.size(); i++) {
            Double r = residuals.get(i);
            if (r != null && r > RESIDUAL && (best < 0 || r > residuals.get(best))) {
                best = i;
            }
        }
        if (best < 0) {
            return new Judgement(Verdict.NO_CLEAR_CAUSE, null);
        }
        Option named = question.options().get(best);
        if (!clearlyStrongest(attribution)) {
            return new Judgement(Verdict.NAMED_ONLY, named);
        }
        return new Judgement(
                attribution.strongestCause().equals(named.dimension()) ? Verdict.AGREES : Verdict.DIFFERS, named);
    }

    /** Whether the attribution names one cause as clearly the strongest (see {@link CauseAttribution#leadLower()}). */
    static boolean clearlyStrongest(CauseAttribution attribution) {
        if (attribution == null || attribution.strongestCause() == null) {
            return false;
        }
        if (attribution.runnerUp() == null) {
            return false;
        }
        return attribution.leadLower() != null && attribution.leadLower() > 0;
    }

    /** The sentence for one problem, without its note; empty for {@link Verdict#NOT_SHOWN}. */
    static Optional<String> sentence(
            Judgement judgement, ProblemView view, String respondents, String measuredCause, String optionLabel) {
        String who = "认为存在" + view.problemName() + "问题的" + respondents;
        return switch (judgement.verdict()) {
            case NOT_SHOWN -> Optional.empty();
            case NO_CLEAR_CAUSE -> Optional.of(who + "对最主要原因的判断与其他" + respondents + "没有明显差别，自评未指向明确的原因");
            case AGREES, DIFFERS, NAMED_ONLY -> {
                int option = view.byApplies().columns().stream()
                        .map(col -> col.code())
                        .toList()
                        .indexOf(judgement.named().code());
                double affected = view.byApplies().rows().get(0).rowPercents().get(option);
                double others = view.byApplies().rows().get(1).rowPercents().get(option);
                String named = who + "选择" + optionLabel + "的比例为" + Wording.percent(affected) + "，明显高于其他" + respondents
                        + "（" + Wording.percent(others) + "）";
                yield Optional.of(
                        switch (judgement.verdict()) {
                            case AGREES -> named + "，与关联分析的结果一致";
                            case DIFFERS -> named + "；而关联分析显示，该问题与" + measuredCause + "关联最为密切，二者不一致，值得结合访谈进一步核实";
                            default -> named;
                        });
            }
        };
    }
}
