package com.orderflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Percentiles from the duration histograms: like percentile_cont, exact where the buckets allow it, close elsewhere. */
class HistogramTest {

    /** PostgreSQL's percentile_cont over the sorted values. */
    private static double exact(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        return low + 1 >= sorted.length ? sorted[low] : sorted[low] + (rank - low) * (sorted[low + 1] - sorted[low]);
    }

    @Test
    void wellSeparatedOrRepeatedValuesGiveExactPercentiles() {
        long[] minutes = {5, 10, 10, 10, 550};
        long[] ms = Arrays.stream(minutes).map(m -> m * 60_000).toArray();
        Histogram histogram = Histogram.of(ms);
        assertThat(histogram.percentile(0.5)).isEqualTo(new Histogram.Percentile(600_000, false));
        assertThat(histogram.percentile(0.9)).isEqualTo(new Histogram.Percentile(Math.round(exact(ms, 0.9)), false));
        assertThat(histogram.average()).isEqualTo(117 * 60_000L);
        assertThat(Histogram.decode(histogram.encode()).percentile(0.9)).isEqualTo(histogram.percentile(0.9));
    }

    @Test
    void closeValuesInOneBucketAreMarkedApproximateAndStayWithinTheBucketsWidth() {
        Random random = new Random(14);
        long[] values = new long[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1_000 + (long) (Math.exp(random.nextDouble() * 9) * 1_000);
        }
        Histogram histogram = new Histogram();
        Histogram half = new Histogram();
        for (int i = 0; i < values.length; i++) {
            (i % 2 == 0 ? histogram : half).add(values[i]);
        }
        histogram.merge(half, 1);
        for (double p : new double[] {0.5, 0.9, 0.99}) {
            Histogram.Percentile read = histogram.percentile(p);
            assertThat(read.approximate()).isTrue();
            assertThat(Math.abs(read.ms() - exact(values, p)) / exact(values, p)).as("p" + p).isLessThan(0.09);
        }
        assertThat(histogram.count()).isEqualTo(values.length);
        assertThat(histogram.sum()).isEqualTo(Arrays.stream(values).sum());
    }

    @Test
    void anEmptyHistogramHasNoPercentile() {
        assertThat(new Histogram().percentile(0.5)).isNull();
        assertThat(new Histogram().average()).isNull();
    }
}
