package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a roll-up table (or of its live part): a day (null when summed over a range), a key,
 * the words that go with the key, counts, money and, for durations, a histogram.
 */
final class DayRow {
    /** Money is kept to the paisa, also when nothing was added. */
    static final BigDecimal ZERO = new BigDecimal("0.00");

    final DayTable table;
    final LocalDate day;
    final List<String> key;
    final String[] labels;
    final long[] counts;
    final BigDecimal[] money;
    final Histogram histogram;

    DayRow(DayTable table, LocalDate day, List<String> key) {
        this.table = table;
        this.day = day;
        this.key = List.copyOf(key);
        this.labels = new String[table.labels.size()];
        this.counts = new long[table.counts.size()];
        this.money = new BigDecimal[table.money.size()];
        Arrays.fill(money, ZERO);
        this.histogram = table.histogram ? new Histogram() : null;
    }

    long count(String column) {
        return counts[table.count(column)];
    }

    BigDecimal money(String column) {
        return money[table.money(column)];
    }

    String key(int index) {
        return key.get(index);
    }

    String label(int index) {
        return labels[index];
    }

    /** Adds the other row's figures (sign -1 takes them away); its labels win where it has any. */
    void add(DayRow other, int sign) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += sign * other.counts[i];
        }
        for (int i = 0; i < money.length; i++) {
            money[i] = sign > 0 ? money[i].add(other.money[i]) : money[i].subtract(other.money[i]);
        }
        for (int i = 0; i < labels.length; i++) {
            if (other.labels[i] != null && (sign > 0 || labels[i] == null)) {
                labels[i] = other.labels[i];
            }
        }
        if (histogram != null) {
            histogram.merge(other.histogram, sign);
        }
    }

    /** Nothing left in it (a change that cancelled out): not worth writing or showing. */
    boolean isEmpty() {
        return Arrays.stream(counts).allMatch(c -> c == 0) && Arrays.stream(money).allMatch(m -> m.signum() == 0)
                && (histogram == null || histogram.isEmpty());
    }
}
