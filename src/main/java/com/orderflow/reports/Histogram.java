package com.orderflow.reports;

import java.util.Map;
import java.util.TreeMap;

/**
 * Durations in logarithmic buckets (eight per doubling above one second, one below), each bucket
 * with its count, sum, smallest and largest value. Days merge by adding buckets, so a year's
 * percentiles come from a few hundred rows instead of a million durations. A percentile is read
 * like PostgreSQL's {@code percentile_cont}: the values at the two neighbouring ranks, interpolated;
 * a rank inside a bucket is placed evenly between the bucket's smallest and largest value. That is
 * exact whenever a bucket holds at most two distinct values at its ends or one value many times,
 * and otherwise off by at most the bucket's width (about 9 %); {@link Percentile#approximate()}
 * says which. Counts, sums and averages are always exact.
 */
public final class Histogram {
    private static final int PER_DOUBLING = 8;

    /** bucket → {count, sum, min, max} */
    private final TreeMap<Integer, long[]> buckets = new TreeMap<>();

    public static Histogram of(long... durations) {
        Histogram histogram = new Histogram();
        for (long duration : durations) {
            histogram.add(duration);
        }
        return histogram;
    }

    public void add(long ms) {
        long value = Math.max(0, ms);
        long[] bucket = buckets.computeIfAbsent(bucketOf(value), b -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
        bucket[0]++;
        bucket[1] += value;
        bucket[2] = Math.min(bucket[2], value);
        bucket[3] = Math.max(bucket[3], value);
    }

    /** Adds (sign 1) or takes away (sign -1, for a fact that changed since it was rolled up) another histogram. */
    public void merge(Histogram other, int sign) {
        for (Map.Entry<Integer, long[]> entry : other.buckets.entrySet()) {
            long[] theirs = entry.getValue();
            long[] mine = buckets.computeIfAbsent(entry.getKey(), b -> new long[] {0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
            mine[0] += sign * theirs[0];
            mine[1] += sign * theirs[1];
            if (sign > 0) {
                mine[2] = Math.min(mine[2], theirs[2]);
                mine[3] = Math.max(mine[3], theirs[3]);
            }
            if (mine[0] <= 0) {
                buckets.remove(entry.getKey());
            }
        }
    }

    public long count() {
        return buckets.values().stream().mapToLong(b -> b[0]).sum();
    }

    public long sum() {
        return buckets.values().stream().mapToLong(b -> b[1]).sum();
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** The average in milliseconds, or null when empty. */
    public Long average() {
        long count = count();
        return count == 0 ? null : Math.round((double) sum() / count);
    }

    /** The p-th percentile (0 ≤ p ≤ 1) in milliseconds, or null when empty. */
    public Percentile percentile(double p) {
        long count = count();
        if (count == 0) {
            return null;
        }
        double rank = p * (count - 1);
        long lower = (long) Math.floor(rank);
        Value low = valueAt(lower);
        if (lower + 1 >= count || rank == lower) {
            return new Percentile(low.ms, low.approximate);
        }
        Value high = valueAt(lower + 1);
        double ms = low.ms + (rank - lower) * (high.ms - low.ms);
        return new Percentile(Math.round(ms), low.approximate || high.approximate);
    }

    /** "bucket:count:sum:min:max;…", as stored in report_duration_day. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        buckets.forEach((bucket, v) -> text.append(bucket).append(':').append(v[0]).append(':').append(v[1])
                .append(':').append(v[2]).append(':').append(v[3]).append(';'));
        return text.toString();
    }

    public static Histogram decode(String text) {
        Histogram histogram = new Histogram();
        if (text == null || text.isEmpty()) {
            return histogram;
        }
        for (String part : text.split(";")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] v = part.split(":");
            histogram.buckets.put(Integer.parseInt(v[0]), new long[] {Long.parseLong(v[1]), Long.parseLong(v[2]),
                    Long.parseLong(v[3]), Long.parseLong(v[4])});
        }
        return histogram;
    }

    static int bucketOf(long ms) {
        if (ms < 1000) {
            return 0;
        }
        return 1 + (int) Math.floor(PER_DOUBLING * (Math.log((double) ms / 1000) / Math.log(2)));
    }

    /** The value at a 0-based rank, placed evenly between its bucket's ends. */
    private Value valueAt(long rank) {
        long seen = 0;
        for (long[] bucket : buckets.values()) {
            if (rank < seen + bucket[0]) {
                long inBucket = rank - seen;
                boolean exact = bucket[2] == bucket[3] || bucket[0] <= 2;
                if (bucket[0] == 1) {
                    return new Value(bucket[2], false);
                }
                double ms = bucket[2] + (double) (bucket[3] - bucket[2]) * inBucket / (bucket[0] - 1);
                return new Value(Math.round(ms), !exact);
            }
            seen += bucket[0];
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen);
    }

    private record Value(long ms, boolean approximate) {
    }

    /** A percentile in milliseconds; approximate when it was read inside a bucket of several values. */
    public record Percentile(long ms, boolean approximate) {
    }
}
