package com.lzp.survey.analysis;

import com.lzp.survey.analysis.GroupDifference.GroupScore;
import com.lzp.survey.questionnaire.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.stat.StatUtils;
import org.hipparchus.stat.descriptive.rank.Median;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Rank tests of a dimension score across groups. */
public final class GroupComparison {

    static final double ALPHA = 0.05;

    private GroupComparison() {}

    public static GroupDifference of(
            Table scored, GroupingVariable variable, Dimension dimension, int suppressionThreshold) {
        return of(
                scored,
                variable,
                CategoryIndex.of(scored.stringColumn(variable.column()), variable.categories()),
                dimension,
                suppressionThreshold);
    }

    /** @param groupIndex each respondent's category position, as {@link CategoryIndex} gives it */
    static GroupDifference of(
            Table scored, GroupingVariable variable, int[] groupIndex, Dimension dimension, int suppressionThreshold) {
        DoubleColumn score = scored.doubleColumn(DimensionScores.column(dimension.code()));
        double[][] byGroup = split(score, groupIndex, variable.categories().size());
        List<double[]> samples = new ArrayList<>();
        List<GroupScore> groups = new ArrayList<>();
        for (int g = 0; g < byGroup.length; g++) {
            Category category = variable.categories().get(g);
            double[] values = byGroup[g];
            boolean suppressed = values.length < suppressionThreshold;
            boolean hidden = suppressed || values.length == 0;
            groups.add(new GroupScore(
                    category.code(),
                    category.label(),
                    values.length,
                    suppressed,
                    hidden ? null : StatUtils.mean(values),
                    hidden ? null : new Median().evaluate(values)));
            if (values.length > 0) {
                samples.add(values);
            }
        }
        int n = samples.stream().mapToInt(s -> s.length).sum();
        if (samples.size() < 2) {
            return new GroupDifference(
                    variable.column(),
                    variable.name(),
                    dimension.code(),
                    dimension.name(),
                    null,
                    n,
                    groups,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false);
        }
        return samples.size() == 2
                ? mannWhitney(variable, dimension, groups, samples.get(0), samples.get(1))
                : kruskalWallis(variable, dimension, groups, samples);
    }

    private static GroupDifference mannWhitney(
            GroupingVariable variable, Dimension dimension, List<GroupScore> groups, double[] x, double[] y) {
        double n1 = x.length;
        double n2 = y.length;
        double n = n1 + n2;
        double[] ranks = AverageRanks.of(concat(List.of(x, y)));
        double rankSumX = Arrays.stream(ranks, 0, x.length).sum();
        double u = rankSumX - n1 * (n1 + 1) / 2;
        double centred = u - n1 * n2 / 2;
        double sigma = Math.sqrt(n1 * n2 / 12 * ((n + 1) - AverageRanks.tieSum(ranks) / (n * (n - 1))));
        double z = (centred - Math.signum(centred) * 0.5) / sigma;
        double p = sigma == 0 ? 1.0 : Math.min(1.0, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
        double r = sigma == 0 ? 0.0 : Math.abs(z) / Math.sqrt(n);
        return new GroupDifference(
                variable.column(),
                variable.name(),
                dimension.code(),
                dimension.name(),
                GroupDifference.MANN_WHITNEY,
                (int) n,
                groups,
                u,
                sigma == 0 ? null : z,
                null,
                p,
                r,
                "r",
                p < ALPHA);
    }

    private static GroupDifference kruskalWallis(
            GroupingVariable variable, Dimension dimension, List<GroupScore> groups, List<double[]> samples) {
        double[] ranks = AverageRanks.of(concat(samples));
        double n = ranks.length;
        double sum = 0;
        int offset = 0;
        for (double[] sample : samples) {
            double rankSum =
                    Arrays.stream(ranks, offset, offset + sample.length).sum();
            sum += rankSum * rankSum / sample.length;
            offset += sample.length;
        }
        double ties = 1 - AverageRanks.tieSum(ranks) / (n * n * n - n);
        double h = (12 / (n * (n + 1)) * sum - 3 * (n + 1)) / ties;
        int df = samples.size() - 1;
        double p = ties == 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, h / 2.0);
        double epsilonSquared = h / (n - 1);
        return new GroupDifference(
                variable.column(),
                variable.name(),
                dimension.code(),
                dimension.name(),
                GroupDifference.KRUSKAL_WALLIS,
                (int) n,
                groups,
                h,
                null,
                df,
                p,
                epsilonSquared,
                "epsilon²",
                p < ALPHA);
    }

    /** The scored respondents' scores, group by group, in row order. */
    private static double[][] split(DoubleColumn score, int[] groupIndex, int groups) {
        int[] sizes = new int[groups];
        for (int r = 0; r < groupIndex.length; r++) {
            if (groupIndex[r] >= 0 && !score.isMissing(r)) {
                sizes[groupIndex[r]]++;
            }
        }
        double[][] split = new double[groups][];
        for (int g = 0; g < groups; g++) {
            split[g] = new double[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int r = 0; r < groupIndex.length; r++) {
            if (groupIndex[r] >= 0 && !score.isMissing(r)) {
                split[groupIndex[r]][filled[groupIndex[r]]++] = score.getDouble(r);
            }
        }
        return split;
    }

    private static double[] concat(List<double[]> samples) {
        return samples.stream().flatMapToDouble(Arrays::stream).toArray();
    }
}
