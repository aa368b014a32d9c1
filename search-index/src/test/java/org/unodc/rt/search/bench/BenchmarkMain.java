package org.unodc.rt.search.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.util.IOUtils;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.unodc.rt.search.LibraryIndex;

/**
 * What {@code mvn -pl search-index -Pbenchmark verify} runs: generates the corpus, indexes it
 * (printing documents per second), then runs {@link QueryBenchmarks} with JMH and prints the median
 * and 99th percentile per query kind, for {@link LibraryIndex} and for a bare IndexSearcher.
 *
 * <p>Arguments: a working directory and the number of documents (default 100,000).
 */
public final class BenchmarkMain {

    static final long SEED = 20_130_038L;
    static final int REINDEXED = 5_000;
    static final double TARGET_MEDIAN_MS = 5.0;

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path indexDir = work.resolve("index");
        IOUtils.rm(indexDir);
        Files.createDirectories(work);
        PrintStream out = System.out;
        CorpusGenerator corpus = new CorpusGenerator(SEED);

        long sampleBytes = corpus.documents(1_000)
                .mapToLong(d -> d.texts().values().stream()
                        .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                        .sum())
                .sum();
        out.printf(
                "Corpus: %,d documents over ar, zh, en, fr, ru, es; body %,d bytes on average (seed %d)%n",
                count, sampleBytes / 1_000, SEED);

        StringBuilder report = new StringBuilder();
        try (LibraryIndex index = LibraryIndex.open(indexDir)) {
            // The event-log path first: one document at a time, committing every 500 events.
            long start = System.nanoTime();
            for (int i = 0; i < REINDEXED; i++) {
                index.index(corpus.document(i));
                if ((i + 1) % 500 == 0) {
                    index.commit(i + 1);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String incremental = String.format(
                    "Indexing (index() + commit every 500, one thread): %,d documents in %.1f s = %,.0f docs/s",
                    REINDEXED, seconds, REINDEXED / seconds);
            out.println(incremental);
            report.append(incremental).append('\n');

            // Then the whole corpus through a rebuild (all cores, ends with a merge to one segment per search thread),
            // which is the state the query benchmarks measure.
            start = System.nanoTime();
            index.rebuild(corpus.documents(count), count, (done, total) -> {
                if (total > 0 && (done % Math.max(1, total / 10) < 200 || done == total)) {
                    out.printf("  indexed %,d / %,d%n", done, total);
                }
            });
            seconds = (System.nanoTime() - start) / 1e9;
            String bulk = String.format(
                    "Indexing (rebuild, all cores, incl. merge to one segment per search thread): %,d documents in %.1f s = %,.0f docs/s",
                    count, seconds, count / seconds);
            out.println(bulk);
            report.append(bulk).append('\n');
            index.refresh();
            out.println("Index: " + index.stats());
        }

        Options options = new OptionsBuilder()
                .include(QueryBenchmarks.class.getName())
                .forks(1)
                .warmupIterations(4) // the search path (facets, highlighting) is still being compiled after 10 s
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(5))
                .jvmArgsAppend("-Xmx2g", "-D" + QueryBenchmarks.INDEX_PROPERTY + "=" + indexDir.toAbsolutePath())
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Statistics> byName = new LinkedHashMap<>();
        results.stream()
                .sorted(Comparator.comparing(r -> r.getParams().getBenchmark()))
                .forEach(r -> byName.put(
                        r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                        r.getPrimaryResult().getStatistics()));
        String table = table(byName);
        out.println();
        out.println(report);
        out.println(table);
        Files.writeString(work.resolve("results.txt"), report + "\n" + table, StandardCharsets.UTF_8);
    }

    private static String table(Map<String, Statistics> byName) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                "%-15s %28s %28s   %s%n",
                "query kind",
                "LibraryIndex.search (ms)",
                "bare IndexSearcher (ms)",
                "median < " + TARGET_MEDIAN_MS + " ms"));
        t.append(String.format("%-15s %13s %14s %13s %14s%n", "", "median", "p99", "median", "p99"));
        for (String kind : new String[] {"term", "phrase", "faceted", "crossLanguage"}) {
            Statistics library = byName.get(kind);
            Statistics bare = byName.get(kind + "Bare");
            if (library == null || bare == null) {
                continue;
            }
            double median = library.getPercentile(50) / 1000;
            t.append(String.format(
                    "%-15s %13.3f %14.3f %13.3f %14.3f   %s%n",
                    kind,
                    median,
                    library.getPercentile(99) / 1000,
                    bare.getPercentile(50) / 1000,
                    bare.getPercentile(99) / 1000,
                    median < TARGET_MEDIAN_MS ? "yes" : "NO"));
        }
        return t.toString();
    }
}
