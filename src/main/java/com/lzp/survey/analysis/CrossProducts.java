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

    /**
     * The terms one row adds, in the order {@link #addTerms} reads them: its values, then the products of each
     * pair of values (a ≤ b).
     */
    static int[] termsOf(int[] rows, int offset, int k) {
        int[] terms = new int[k + k * (k + 1) / 2];
        int t = 0;
        for (int a = 0; a < k; a++) {
            terms[t++] = rows[offset + a];
        }
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                terms[t++] = rows[offset + a] * rows[offset + b];
            }
        }
        return terms;
    }

    /** Adds a row given by its precomputed {@link #termsOf terms} {@code weight} times. */
    void addTerms(int[] terms, int offset, int weight) {
        n += weight;
        for (int a = 0; a < k; a++) {
            sums[a] += (long) terms[offset + a] * weight;
        }
        int base = offset + k;
        for (int p = 0; p < products.length; p++) {
            products[p] += (long) terms[base + p] * weight;
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
