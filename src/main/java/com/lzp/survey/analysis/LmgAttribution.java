package com.lzp.survey.analysis;

import com.lzp.survey.analysis.CauseAttribution.CauseShare;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Cause attribution by LMG with percentile bootstrap intervals (see {@link CauseAttribution}), for whatever problem
 * and cause dimensions the definition has. Each dimension's scores are held as whole numbers (score × the least
 * common multiple of the numbers of items a respondent may have answered), so that sums of products are exact;
 * respondents with the same scores are one weighted pattern, so that a bootstrap draw picks respondents (as the
 * bootstrap must) but sums only over the patterns. R² and the LMG shares do not depend on the units of the scores;
 * the coefficients are given back in score points.
 */
public final class LmgAttribution {

    private static final int MISSING = Integer.MIN_VALUE;

    private final List<Dimension> problems;
    private final List<Dimension> causes;
    private final int respondents;
    /**
     * [problem] → distinct score patterns {problem score, cause scores…}, scaled, one after another, each as the
     * terms it adds to the cross-products.
     */
    private final long[][] patterns;
    /** [problem] → how many respondents have each pattern. */
    private final int[][] multiplicity;
    /** [respondent × problems + problem] → the respondent's pattern for the problem, or −1 when a score is missing. */
    private final int[] patternOf;

    /** [cause] → the factor its scores are multiplied by to make them whole numbers. */
    private final int[] causeUnits;
    /** [problem] → the same for the problem's scores. */
    private final int[] problemUnits;

    private LmgAttribution(QuestionnaireDefinition definition, Table scored) {
        this.problems = definition.dimensionsOf(DimensionKind.PROBLEM);
        this.causes = definition.dimensionsOf(DimensionKind.CAUSE);
        this.respondents = scored.rowCount();
        int largest = Math.max(
                1,
                Math.max(
                        Math.abs(definition.scale().max()),
                        Math.abs(definition.scale().min())));
        this.causeUnits =
                causes.stream().mapToInt(c -> unitOf(definition, c, largest)).toArray();
        this.problemUnits =
                problems.stream().mapToInt(p -> unitOf(definition, p, largest)).toArray();
        int[][] causeScores = new int[causes.size()][];
        for (int c = 0; c < causes.size(); c++) {
            causeScores[c] = scaled(scored, causes.get(c), causeUnits[c]);
        }
        int width = causes.size() + 1;
        this.patterns = new long[problems.size()][];
        this.multiplicity = new int[problems.size()][];
        this.patternOf = new int[respondents * problems.size()];
        for (int p = 0; p < problems.size(); p++) {
            int[] problemScores = scaled(scored, problems.get(p), problemUnits[p]);
            Map<Pattern, Integer> ids = new HashMap<>();
            List<int[]> distinct = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (int r = 0; r < respondents; r++) {
                int[] row = new int[width];
                row[0] = problemScores[r];
                boolean complete = row[0] != MISSING;
                for (int c = 0; c < causes.size() && complete; c++) {
                    row[c + 1] = causeScores[c][r];
                    complete = row[c + 1] != MISSING;
                }
                int id = -1;
                if (complete) {
                    id = ids.computeIfAbsent(new Pattern(row), key -> {
                        distinct.add(key.values());
                        counts.add(0);
                        return distinct.size() - 1;
                    });
                    counts.set(id, counts.get(id) + 1);
                }
                patternOf[r * problems.size() + p] = id;
            }
            patterns[p] = distinct.stream()
                    .flatMapToLong(v -> Arrays.stream(CrossProducts.termsOf(v, 0, width)))
                    .toArray();
            multiplicity[p] = counts.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Scores take few values, so respondents collapse into far fewer distinct patterns than there are rows. */
    private record Pattern(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Pattern pattern && Arrays.equals(values, pattern.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /**
     * One attribution per problem dimension, in questionnaire order; none when the definition has no problem or no
     * cause dimension.
     */
    public static List<CauseAttribution> of(
            QuestionnaireDefinition definition, Table scored, AttributionSettings settings) {
        if (definition.dimensionsOf(DimensionKind.PROBLEM).isEmpty()
                || definition.dimensionsOf(DimensionKind.CAUSE).isEmpty()) {
            return List.of();
        }
        return new LmgAttribution(definition, scored).attribute(settings);
    }

    private List<CauseAttribution> attribute(AttributionSettings settings) {
        List<Fit> estimates = new ArrayList<>();
        for (int p = 0; p < problems.size(); p++) {
            estimates.add(fit(p, multiplicity[p]));
        }
        double[][][] draws = bootstrap(settings);
        List<CauseAttribution> attributions = new ArrayList<>();
        for (int p = 0; p < problems.size(); p++) {
            attributions.add(describe(p, estimates.get(p), draws, settings));
        }
        return attributions;
    }

    /** [draw][problem][cause] → lmg of the draw, NaN where the draw's fit is degenerate. */
    private double[][][] bootstrap(AttributionSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom[] generators = new SplittableRandom[settings.draws()];
        for (int b = 0; b < generators.length; b++) {
            generators[b] = root.split();
        }
        double[][][] draws = new double[settings.draws()][][];
        int problemCount = problems.size();
        IntStream.range(0, settings.draws()).parallel().forEach(b -> {
            // how often each respondent is drawn: n picks with replacement; a short cannot overflow below
            // 32,768 respondents, and above that a respondent drawn 32,768 times is beyond any probability
            short[] drawn = new short[respondents];
            SplittableRandom random = generators[b];
            for (int i = 0; i < respondents; i++) {
                drawn[random.nextInt(respondents)]++;
            }
            int[][] weights = new int[problemCount][];
            for (int p = 0; p < problemCount; p++) {
                weights[p] = new int[multiplicity[p].length];
            }
            for (int r = 0; r < respondents; r++) {
                int times = drawn[r];
                if (times != 0) {
                    int base = r * problemCount;
                    for (int p = 0; p < problemCount; p++) {
                        int pattern = patternOf[base + p];
                        if (pattern >= 0) {
                            weights[p][pattern] += times;
                        }
                    }
                }
            }
            draws[b] = new double[problemCount][];
            for (int p = 0; p < problemCount; p++) {
                Fit fit = fit(p, weights[p]);
                draws[b][p] = fit == null ? null : fit.lmg();
            }
        });
        return draws;
    }

    private record Fit(long n, double rSquared, double[] lmg, double[] coefficients) {}

    /** @param weights how often each pattern of the problem counts */
    private Fit fit(int problem, int[] weights) {
        int k = causes.size();
        CrossProducts products = new CrossProducts(k + 1);
        long[] terms = patterns[problem];
        int stride = terms.length / Math.max(1, weights.length);
        for (int id = 0; id < weights.length; id++) {
            if (weights[id] > 0) {
                products.addTerms(terms, id * stride, weights[id]);
            }
        }
        if (products.n() < k + 2) {
            return null;
        }
        double[][] cov = products.covariance();
        if (cov[0][0] <= 0) {
            return null;
        }
        double[] rSquared = new double[1 << k];
        for (int subset = 1; subset < rSquared.length; subset++) {
            double value = rSquared(cov, subset);
            if (Double.isNaN(value)) {
                return null;
            }
            rSquared[subset] = value;
        }
        double[] lmg = new double[k];
        for (int c = 0; c < k; c++) {
            for (int subset = 0; subset < rSquared.length; subset++) {
                if ((subset & (1 << c)) == 0) {
                    lmg[c] += shapleyWeight(Integer.bitCount(subset), k)
                            * (rSquared[subset | (1 << c)] - rSquared[subset]);
                }
            }
        }
        return new Fit(products.n(), rSquared[rSquared.length - 1], lmg, coefficients(cov, rSquared.length - 1));
    }

    /** R² of the regression on the causes in {@code subset}: c' Σ⁻¹ c / var(y). */
    private static double rSquared(double[][] cov, int subset) {
        double[] b = coefficients(cov, subset);
        if (b == null) {
            return Double.NaN;
        }
        int[] members = members(subset);
        double explained = 0;
        for (int i = 0; i < members.length; i++) {
            explained += cov[0][members[i] + 1] * b[i];
        }
        return explained / cov[0][0];
    }

    private static double[] coefficients(double[][] cov, int subset) {
        int[] members = members(subset);
        RealMatrix sigma = MatrixUtils.createRealMatrix(members.length, members.length);
        double[] c = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            c[i] = cov[0][members[i] + 1];
            for (int j = 0; j < members.length; j++) {
                sigma.setEntry(i, j, cov[members[i] + 1][members[j] + 1]);
            }
        }
        LUDecomposition lu = new LUDecomposition(sigma, 1e-12);
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        return lu.getSolver().solve(MatrixUtils.createRealVector(c)).toArray();
    }

    private static int[] members(int subset) {
        return IntStream.range(0, Integer.SIZE)
                .filter(i -> (subset & (1 << i)) != 0)
                .toArray();
    }

    /** |S|! (k − |S| − 1)! / k!: the share of orders in which exactly the causes of S enter before this one. */
    private static double shapleyWeight(int size, int k) {
        return factorial(size) * factorial(k - size - 1) / factorial(k);
    }

    private CauseAttribution describe(int p, Fit estimate, double[][][] draws, AttributionSettings settings) {
        Dimension problem = problems.get(p);
        if (estimate == null) {
            return new CauseAttribution(
                    problem.code(),
                    problem.name(),
                    0,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    settings.draws(),
                    settings.seed(),
                    settings.confidence());
        }
        int k = causes.size();
        double tail = (1 - settings.confidence()) / 2 * 100;
        List<CauseShare> shares = new ArrayList<>();
        int strongest = 0;
        for (int c = 0; c < k; c++) {
            double[] lmgDraws = new double[draws.length];
            double[] shareDraws = new double[draws.length];
            int valid = 0;
            for (double[][] draw : draws) {
                double[] lmg = draw[p];
                if (lmg != null) {
                    double total = Arrays.stream(lmg).sum();
                    lmgDraws[valid] = lmg[c];
                    shareDraws[valid++] = total > 0 ? 100 * lmg[c] / total : Double.NaN;
                }
            }
            double[] lmgInterval = interval(Arrays.copyOf(lmgDraws, valid), tail);
            double[] shareInterval = interval(Arrays.copyOf(shareDraws, valid), tail);
            double share = estimate.rSquared() > 0 ? 100 * estimate.lmg()[c] / estimate.rSquared() : 0;
            shares.add(new CauseShare(
                    causes.get(c).code(),
                    causes.get(c).name(),
                    estimate.lmg()[c],
                    share,
                    Percent.orNull(lmgInterval[0]),
                    Percent.orNull(lmgInterval[1]),
                    Percent.orNull(shareInterval[0]),
                    Percent.orNull(shareInterval[1]),
                    estimate.coefficients()[c] * causeUnits[c] / problemUnits[p]));
            if (estimate.lmg()[c] > estimate.lmg()[strongest]) {
                strongest = c;
            }
        }
        int runnerUp = -1;
        for (int c = 0; c < k; c++) {
            if (c != strongest && (runnerUp < 0 || estimate.lmg()[c] > estimate.lmg()[runnerUp])) {
                runnerUp = c;
            }
        }
        double[] lead =
                runnerUp < 0 ? new double[] {Double.NaN, Double.NaN} : lead(p, strongest, runnerUp, draws, tail);
        long n = estimate.n();
        Double adjusted = n - k - 1 > 0 ? 1 - (1 - estimate.rSquared()) * (n - 1) / (n - k - 1) : null;
        return new CauseAttribution(
                problem.code(),
                problem.name(),
                (int) n,
                estimate.rSquared(),
                adjusted,
                shares,
                causes.get(strongest).code(),
                runnerUp < 0 ? null : causes.get(runnerUp).code(),
                Percent.orNull(lead[0]),
                Percent.orNull(lead[1]),
                settings.draws(),
                settings.seed(),
                settings.confidence());
    }

    /** Percentile interval of the strongest cause's share minus the runner-up's, draw by draw, in points. */
    private static double[] lead(int p, int strongest, int runnerUp, double[][][] draws, double tail) {
        double[] leads = new double[draws.length];
        int valid = 0;
        for (double[][] draw : draws) {
            double[] lmg = draw[p];
            if (lmg != null) {
                double total = Arrays.stream(lmg).sum();
                leads[valid++] = total > 0 ? 100 * (lmg[strongest] - lmg[runnerUp]) / total : Double.NaN;
            }
        }
        return interval(Arrays.copyOf(leads, valid), tail);
    }

    private static double[] interval(double[] values, double tail) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(finite);
        return new double[] {percentile.evaluate(tail), percentile.evaluate(100 - tail)};
    }

    private static int[] scaled(Table scored, Dimension dimension, int unit) {
        DoubleColumn score = scored.doubleColumn(DimensionScores.column(dimension.code()));
        int[] values = new int[score.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = score.isMissing(r) ? MISSING : (int) Math.round(score.getDouble(r) * unit);
        }
        return values;
    }

    /** Largest whole-number score: squares summed over millions of respondents stay within a long. */
    static final int LARGEST_SCALED_SCORE = 1 << 20;

    /**
     * The factor that makes a dimension's scores whole numbers: the least common multiple of the numbers of items a
     * scored respondent may have answered (minAnswered … items; 6 for 2 or 3 of 3). A dimension of very many items
     * whose multiple would exceed {@link #LARGEST_SCALED_SCORE} is held to that precision instead (scores rounded
     * to within a millionth of a point).
     */
    static int unitOf(QuestionnaireDefinition definition, Dimension dimension, int largestPoint) {
        int items = definition.itemsOf(dimension.code()).size();
        long lcm = 1;
        for (int answered = Math.max(1, dimension.minAnswered()); answered <= items; answered++) {
            lcm = lcm / gcd(lcm, answered) * answered;
            if (lcm * largestPoint > LARGEST_SCALED_SCORE) {
                return LARGEST_SCALED_SCORE / largestPoint;
            }
        }
        return (int) lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
