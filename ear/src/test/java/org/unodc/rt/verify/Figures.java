package org.unodc.rt.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and error counts per operation, collected from many threads, printed as a table. */
final class Figures {

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    void record(String operation, long nanos) {
        latencies
                .computeIfAbsent(operation, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(nanos);
    }

    void error(String operation) {
        errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long count(String operation) {
        List<Long> values = latencies.get(operation);
        return values == null ? 0 : values.size();
    }

    /** The given percentile (0 to 100) of one operation's latencies in milliseconds, nearest-rank. */
    double percentileMillis(String operation, double percentile) {
        List<Long> values = latencies.get(operation);
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** One line per operation: count, throughput over the given wall time, median, 99th percentile, errors. */
    List<String> table(double seconds) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-22s %8s %10s %10s %10s %10s %7s",
                "operation",
                "count",
                "per s",
                "median ms",
                "p99 ms",
                "max ms",
                "errors"));
        Map<String, List<Long>> sorted = new TreeMap<>(latencies);
        for (String operation : sorted.keySet()) {
            lines.add(String.format(
                    Locale.ROOT,
                    "%-22s %8d %10.1f %10.1f %10.1f %10.1f %7d",
                    operation,
                    count(operation),
                    count(operation) / seconds,
                    percentileMillis(operation, 50),
                    percentileMillis(operation, 99),
                    percentileMillis(operation, 100),
                    errors.getOrDefault(operation, new AtomicLong()).get()));
        }
        errors.keySet().stream()
                .filter(op -> !latencies.containsKey(op))
                .forEach(op -> lines.add(String.format(
                        Locale.ROOT,
                        "%-22s %8d %10s %10s %10s %10s %7d",
                        op,
                        0,
                        "-",
                        "-",
                        "-",
                        "-",
                        errors.get(op).get())));
        return lines;
    }
}
