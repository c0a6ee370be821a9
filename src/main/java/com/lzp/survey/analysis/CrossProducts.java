package com.lzp.survey.analysis;

/**
 * Sufficient statistics of a set of variables: the count, the sums and the sums of products, kept as exact
 * integers (variables are dimension scores scaled to whole numbers). From them come covariances without rounding
 * error, whether the rows were summed here, in a bootstrap draw, or by PostgreSQL.
 */
final class CrossProducts {

    private final int k;
    private long n;
    private final long[] sums;
    private final long[] products;

    CrossProducts(int variables) {
        this.k = variables;
        this.sums = new long[variables];
        this.products = new long[variables * (variables + 1) / 2];
    }

    /** Adds one row {@code weight} times. */
    void add(int[] row, int weight) {
        n += weight;
        int p = 0;
        for (int a = 0; a < k; a++) {
            long xa = (long) row[a] * weight;
            sums[a] += xa;
            for (int b = a; b < k; b++) {
                products[p++] += xa * row[b];
            }
        }
    }

    long n() {
        return n;
    }

    /** Sample covariance matrix (n − 1) in the scaled units; the numerator is exact. */
    double[][] covariance() {
        double[][] cov = new double[k][k];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                long numerator = n * products[p++] - sums[a] * sums[b];
                cov[a][b] = numerator / ((double) n * (n - 1));
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }
}
