package org.unodc.rt.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

/**
 * The analysers under the JVM-wide deserialisation filter that WildFly's start script sets. The Chinese analyser
 * reads its dictionaries by deserialisation, so the filter decides whether the search index can start at all. Each
 * case runs in a JVM of its own, because the filter is fixed when a JVM starts.
 */
class SerialFilterTest {

    static final String WILDFLY_DEFAULT = "maxbytes=10485760;maxdepth=128;maxarray=100000;maxrefs=300000";
    static final String PROJECT = "maxbytes=10485760;maxdepth=128;maxarray=1000000;maxrefs=300000";

    @Test
    void theProjectsFilterLetsTheChineseAnalyserLoad() throws Exception {
        Result result = probe(PROJECT);

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("tokens: 网络 犯罪");
    }

    @Test
    void wildflysDefaultFilterStopsItWithAMessageThatSaysWhatToChange() throws Exception {
        Result result = probe(WILDFLY_DEFAULT);

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).contains("jdk.serialFilter must allow them (maxarray=1000000)");
    }

    /** Loads the analysers and segments a Chinese phrase. */
    public static void main(String[] args) throws IOException {
        try (LanguageAnalyzers analyzers = new LanguageAnalyzers();
                TokenStream tokens = analyzers.perField().tokenStream("body_zh", "网络犯罪")) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            StringBuilder out = new StringBuilder("tokens:");
            while (tokens.incrementToken()) {
                out.append(' ').append(term);
            }
            tokens.end();
            System.out.println(out);
        }
    }

    private record Result(int exit, String output) {}

    private static Result probe(String filter) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Djdk.serialFilter=" + filter,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SerialFilterTest.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
