package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Facet counting on its own, over a small index in memory: a dimension the search filters on is counted as if it were
 * not filtered (drill sideways), every other one over the hits, and the counts come out in the order a screen shows
 * them.
 */
class PerDimensionDrillSidewaysTest {

    private final AtomicInteger handedOut = new AtomicInteger();

    /** Counts the dimensions handed to other threads, so a test knows which way the counting went. */
    private final ThreadPoolExecutor threads =
            new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
                @Override
                public void execute(Runnable command) {
                    handedOut.incrementAndGet();
                    super.execute(command);
                }
            };

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static final List<LibraryDocument> FIVE = List.of(
            document(1, "GBR", 2002, "money-laundering"),
            document(2, "FRA", 2016, "money-laundering", "corruption"),
            document(3, "FRA", 2019, "corruption"),
            document(4, "DEU", 2016, "money-laundering"),
            document(5, "GBR", 2010));

    @Test
    void withoutFiltersEveryDimensionIsCountedOverTheHitsYearsNewestFirstOthersByCountThenValue() throws IOException {
        Map<String, List<FacetCount>> counts = search(FIVE, query(Map.of()));

        assertThat(counts.keySet())
                .as("every facet, in the order of Facet")
                .containsExactlyElementsOf(
                        Arrays.stream(Facet.values()).map(Facet::key).toList());
        assertThat(counts.get("country")).containsExactly(count("FRA", 2), count("GBR", 2), count("DEU", 1));
        assertThat(counts.get("year"))
                .containsExactly(count("2019", 1), count("2016", 2), count("2010", 1), count("2002", 1));
        assertThat(counts.get("crimeType")).containsExactly(count("money-laundering", 3), count("corruption", 2));
        assertThat(counts.get("type")).containsExactly(count("legislation", 5));
        assertThat(counts.get("language")).containsExactly(count("en", 5));
        assertThat(counts.get("regionalGroup")).isEmpty();
        assertThat(counts.get("status")).isEmpty();
        assertThat(counts.get("instrument")).isEmpty();
        assertThat(counts.get("article")).isEmpty();
        assertThat(handedOut).as("five hits are counted on the caller's thread").hasValue(0);
    }

    @Test
    void aFilteredDimensionIsCountedOverTheOtherFiltersAloneAndTheRestOverTheHits() throws IOException {
        // Only document 2 is French and about money-laundering.
        Map<String, List<FacetCount>> counts =
                search(FIVE, query(Map.of("country", "FRA", "crimeType", "money-laundering")));

        // Countries over the money-laundering documents 1, 2 and 4: the other countries one could tick.
        assertThat(counts.get("country")).containsExactly(count("DEU", 1), count("FRA", 1), count("GBR", 1));
        // Crime types over the French documents 2 and 3.
        assertThat(counts.get("crimeType")).containsExactly(count("corruption", 2), count("money-laundering", 1));
        // Every other dimension over the one hit.
        assertThat(counts.get("year")).containsExactly(count("2016", 1));
        assertThat(counts.get("type")).containsExactly(count("legislation", 1));
        assertThat(counts.get("language")).containsExactly(count("en", 1));
    }

    @Test
    void manyHitsAreCountedOneDimensionPerThreadWithTheSameRules() throws IOException {
        // 2,400 hits in each of the nine dimensions: enough work to count the dimensions side by side.
        List<LibraryDocument> many = IntStream.range(0, 2_400)
                .mapToObj(i -> document(
                        i,
                        List.of("DEU", "FRA", "GBR").get(i % 3),
                        2000 + i % 4,
                        i % 2 == 0 ? "corruption" : "money-laundering"))
                .toList();

        Map<String, List<FacetCount>> counts = search(many, query(Map.of()));

        assertThat(handedOut).as("one counting task per dimension").hasValue(9);
        assertThat(counts.get("country")).containsExactly(count("DEU", 800), count("FRA", 800), count("GBR", 800));
        assertThat(counts.get("year"))
                .containsExactly(count("2003", 600), count("2002", 600), count("2001", 600), count("2000", 600));
        assertThat(counts.get("crimeType"))
                .containsExactly(count("corruption", 1_200), count("money-laundering", 1_200));
        assertThat(counts.get("status")).isEmpty();
    }

    private static LibraryDocument document(int id, String country, int year, String... crimeTypes) {
        return LibraryDocument.builder(String.valueOf(id), DocumentType.LEGISLATION, country, "Act " + id)
                .languages("en")
                .year(year)
                .crimeTypes(crimeTypes)
                .build();
    }

    private static DrillDownQuery query(Map<String, String> filters) {
        DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), new MatchAllDocsQuery());
        filters.forEach(query::add);
        return query;
    }

    private Map<String, List<FacetCount>> search(List<LibraryDocument> documents, DrillDownQuery query)
            throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (LibraryDocument d : documents) {
                    writer.addDocument(IndexSchema.toDocument(d));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                DrillSideways sideways =
                        new PerDimensionDrillSideways(new IndexSearcher(reader), new FacetCounter(), threads);
                return FacetCounts.of(sideways.search(query, 10).facets);
            }
        }
    }

    private static FacetCount count(String value, long count) {
        return new FacetCount(value, count);
    }
}
