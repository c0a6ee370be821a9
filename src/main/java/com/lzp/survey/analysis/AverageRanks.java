package com.lzp.survey.analysis;

import java.util.Arrays;

/**
 * Ranks with ties given the mean of their positions (R {@code rank(x)}, Hipparchus {@code NaturalRanking} with
 * {@code TiesStrategy.AVERAGE}). Scores take few distinct values and come in hundreds of thousands, where ranking
 * through boxed pairs costs more than the test itself: values that are whole multiples of 1/60 (every mean of up
 * to five scale points) are ranked by counting, others through a primitive sort.
 */
final class AverageRanks {

    /** 60 = lcm(1..5): a mean of up to five whole scale points is a whole multiple of 1/60. */
    private static final int GRID = 60;

    private static final int MAX_GRID_RANGE = 1 << 16;

    private final double[] sorted;

    private AverageRanks(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    static double[] of(double[] values) {
        double[] counted = byCounting(values);
        return counted != null ? counted : new AverageRanks(values).rank(values);
    }

    /** Average ranks in O(n) when every value sits on the 1/60 grid within a small range; else null. */
    private static double[] byCounting(double[] values) {
        if (values.length == 0) {
            return new double[0];
        }
        int[] cells = new int[values.length];
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < values.length; i++) {
            double scaled = values[i] * GRID;
            long cell = Math.round(scaled);
            if (Math.abs(scaled - cell) > 1e-9 || Math.abs(cell) > Integer.MAX_VALUE / 2) {
                return null;
            }
            cells[i] = (int) cell;
            min = Math.min(min, cells[i]);
            max = Math.max(max, cells[i]);
        }
        if ((long) max - min >= MAX_GRID_RANGE) {
            return null;
        }
        int[] counts = new int[max - min + 1];
        for (int cell : cells) {
            counts[cell - min]++;
        }
        double[] rankOf = new double[counts.length];
        long before = 0;
        for (int c = 0; c < counts.length; c++) {
            rankOf[c] = before + (counts[c] + 1) / 2.0;
            before += counts[c];
        }
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = rankOf[cells[i] - min];
        }
        return ranks;
    }

    /** Σ (t³ − t) over the groups of t tied values: the tie correction of rank tests. */
    static double tieSum(double[] values) {
        return new AverageRanks(values).tieSum();
    }

    private double[] rank(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = firstIndexOf(values[i]);
            int last = firstIndexAbove(values[i]) - 1;
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    private double tieSum() {
        double sum = 0;
        int i = 0;
        while (i < sorted.length) {
            int next = firstIndexAbove(sorted[i]);
            double t = next - i;
            sum += t * t * t - t;
            i = next;
        }
        return sum;
    }

    private int firstIndexOf(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int firstIndexAbove(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
