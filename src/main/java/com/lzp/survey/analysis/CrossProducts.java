package com.lzp.survey.analysis;

import java.math.BigInteger;

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
    static long[] termsOf(int[] rows, int offset, int k) {
        long[] terms = new long[k + k * (k + 1) / 2];
        int t = 0;
        for (int a = 0; a < k; a++) {
            terms[t++] = rows[offset + a];
        }
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                terms[t++] = (long) rows[offset + a] * rows[offset + b];
            }
        }
        return terms;
    }

    /** Adds a row given by its precomputed {@link #termsOf terms} {@code weight} times. */
    void addTerms(long[] terms, int offset, int weight) {
        n += weight;
        for (int a = 0; a < k; a++) {
            sums[a] += terms[offset + a] * weight;
        }
        int base = offset + k;
        for (int p = 0; p < products.length; p++) {
            products[p] += terms[base + p] * weight;
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
                cov[a][b] = difference(n, products[p++], sums[a], sums[b]) / ((double) n * (n - 1));
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /** a·b − c·d, exact in 128 bits (n · Σxy outgrows a long for large waves), rounded once to a double. */
    static double difference(long a, long b, long c, long d) {
        long high = Math.multiplyHigh(a, b) - Math.multiplyHigh(c, d);
        long low1 = a * b;
        long low2 = c * d;
        long low = low1 - low2;
        if (Long.compareUnsigned(low1, low2) < 0) {
            high--;
        }
        if (high == (low >> 63)) {
            return low; // fits in a long: the usual case
        }
        return BigInteger.valueOf(high)
                .shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(low)))
                .doubleValue();
    }
}
