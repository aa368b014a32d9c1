package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unodc.rt.search.bench.CorpusGenerator;

/**
 * The counter gives exactly Lucene's own sorted-set counts, on searches that match few documents of a segment (doc
 * values read per hit) and many (cached sets per value), over several segments.
 */
class FacetCounterTest {

    @TempDir
    Path dir;

    @Test
    void countsAreLucenesOwnForSparseAndDenseHitsOverSeveralSegments() throws Exception {
        try (Directory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            CorpusGenerator corpus = new CorpusGenerator(7);
            for (int i = 0; i < 3_000; i++) {
                Document doc = IndexSchema.toDocument(corpus.document(i));
                writer.addDocument(doc);
                if (i % 1_000 == 999) {
                    writer.commit();
                }
            }
            writer.deleteDocuments(new Term(IndexSchema.ID, "17"));
            writer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetCounter counter = new FacetCounter();
            Query everything = new MatchAllDocsQuery();
            Query few = new TermQuery(new Term(
                    IndexSchema.facetField(Facet.COUNTRY),
                    org.apache.lucene.facet.FacetsConfig.pathToString(Facet.COUNTRY.key(), new String[] {"FRA"})));

            for (Query query : new Query[] {everything, few}) {
                FacetsCollector hits = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager())
                        .facetsCollector();
                boolean dense = query == everything;
                assertThat(hits.getMatchingDocs())
                        .as("the search takes the path it is meant to test")
                        .allSatisfy(segment -> assertThat((long) segment.totalHits * FacetCounter.DENSE_FROM
                                        >= segment.context.reader().maxDoc())
                                .isEqualTo(dense));
                for (int round = 0; round < 2; round++) { // the second round reads the cached sets
                    for (Facet facet : Facet.values()) {
                        String field = IndexSchema.facetField(facet);
                        Map<String, Long> ours = asMap(counter.count(facet.key(), field, hits));
                        Map<String, Long> lucenes = asMap(new SortedSetDocValuesFacetCounts(
                                        new DefaultSortedSetDocValuesReaderState(
                                                reader, field, IndexSchema.facetsConfig()),
                                        hits)
                                .getAllChildren(facet.key()));
                        assertThat(ours)
                                .as(facet + " for " + query)
                                .isEqualTo(lucenes)
                                .isNotEmpty();
                    }
                }
            }
        }
    }

    private static Map<String, Long> asMap(FacetResult result) {
        return result == null
                ? Map.of()
                : Arrays.stream(result.labelValues)
                        .collect(Collectors.toMap(lv -> lv.label, lv -> lv.value.longValue(), Long::sum, TreeMap::new));
    }
}
