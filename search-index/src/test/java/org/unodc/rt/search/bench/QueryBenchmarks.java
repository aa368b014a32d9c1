package org.unodc.rt.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.unodc.rt.search.Facet;
import org.unodc.rt.search.IndexSchema;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.LibraryIndex;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SearchResult;

/**
 * Query latency on the benchmark corpus, per query kind: through {@link LibraryIndex#search} (parse,
 * expand, drill-sideways facet counts over all matches, highlighted snippets, stored fields of ten
 * hits) and, as the baseline, the same Lucene query on a bare {@link IndexSearcher} over the same
 * index (top ten; for the faceted kind, plus plain facet counts).
 *
 * <p>Each kind rotates through eight queries in the six languages, so no single posting list stays
 * hot in the CPU caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmarks {

    /** The index directory written by {@link BenchmarkMain}. */
    public static final String INDEX_PROPERTY = "rt.bench.index";

    static final List<SearchRequest> TERM = requests(
            false, "confiscation", "extradition", "corrupción", "коррупция", "腐败", "الفساد", "firearms", "decomiso");

    static final List<SearchRequest> PHRASE = requests(
            false,
            "\"mutual legal assistance\"",
            "\"entraide judiciaire\"",
            "\"trata de personas\"",
            "\"торговля людьми\"",
            "\"غسل الأموال\"",
            "\"网络犯罪\"",
            "\"proceeds of crime\"",
            "\"armas de fuego\"");

    static final List<SearchRequest> FACETED = List.of(
            SearchRequest.of("confiscation").withCrossLanguage(false).withFilter(Facet.TYPE, "legislation"),
            SearchRequest.of("")
                    .withFilter(Facet.CRIME_TYPE, "money-laundering")
                    .withFilter(Facet.REGIONAL_GROUP, "African States"),
            SearchRequest.of("extradition").withCrossLanguage(false).withFilter(Facet.STATUS, "in-force"),
            SearchRequest.of("коррупция").withCrossLanguage(false).withFilter(Facet.YEAR, "2010", "2011", "2012"),
            SearchRequest.of("").withFilter(Facet.INSTRUMENT, "UNCAC").withFilter(Facet.LANGUAGE, "es"),
            SearchRequest.of("腐败").withCrossLanguage(false).withFilter(Facet.COUNTRY, "CHN"),
            SearchRequest.of("firearms").withCrossLanguage(false).withFilter(Facet.ARTICLE, "Firearms Protocol art. 5"),
            SearchRequest.of("décret").withCrossLanguage(false).withFilter(Facet.TYPE, "legislation", "case-law"));

    static final List<SearchRequest> CROSS_LANGUAGE = requests(
            true,
            "blanchiment d'argent",
            "money-laundering",
            "trata de personas",
            "торговля людьми",
            "洗钱",
            "غسل الأموال",
            "asset recovery",
            "extradition");

    private LibraryIndex index;
    private DirectoryReader reader;
    private IndexSearcher bare;
    private List<SortedSetDocValuesReaderState> bareFacets;
    private Query[] term;
    private Query[] phrase;
    private Query[] faceted;
    private Query[] crossLanguage;
    private int next;

    static List<SearchRequest> requests(boolean crossLanguage, String... queries) {
        return java.util.Arrays.stream(queries)
                .map(q -> SearchRequest.of(q).withCrossLanguage(crossLanguage))
                .toList();
    }

    @Setup(Level.Trial)
    public void open() throws IOException, InvalidQueryException {
        Path dir = Path.of(System.getProperty(INDEX_PROPERTY));
        index = LibraryIndex.open(dir);
        String generation = Files.readString(dir.resolve("current")).strip();
        reader = DirectoryReader.open(FSDirectory.open(dir.resolve(generation)));
        bare = new IndexSearcher(reader);
        bareFacets = new java.util.ArrayList<>();
        for (Facet facet : Facet.values()) {
            bareFacets.add(new DefaultSortedSetDocValuesReaderState(
                    reader, IndexSchema.facetField(facet), IndexSchema.facetsConfig()));
        }
        term = luceneQueries(TERM);
        phrase = luceneQueries(PHRASE);
        faceted = luceneQueries(FACETED);
        crossLanguage = luceneQueries(CROSS_LANGUAGE);
    }

    private Query[] luceneQueries(List<SearchRequest> requests) throws InvalidQueryException {
        Query[] queries = new Query[requests.size()];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = index.toLuceneQuery(requests.get(i));
        }
        return queries;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        reader.close();
        index.close();
    }

    private int next() {
        next = (next + 1) & 7;
        return next;
    }

    @Benchmark
    public SearchResult term() throws InvalidQueryException {
        return index.search(TERM.get(next()));
    }

    @Benchmark
    public TopDocs termBare() throws IOException {
        return bare.search(term[next()], 10);
    }

    @Benchmark
    public SearchResult phrase() throws InvalidQueryException {
        return index.search(PHRASE.get(next()));
    }

    @Benchmark
    public TopDocs phraseBare() throws IOException {
        return bare.search(phrase[next()], 10);
    }

    @Benchmark
    public SearchResult faceted() throws InvalidQueryException {
        return index.search(FACETED.get(next()));
    }

    @Benchmark
    public Object facetedBare() throws IOException {
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(bare, faceted[next()], 10, new FacetsCollectorManager());
        FacetsCollector hits = result.facetsCollector();
        List<Object> counts = new java.util.ArrayList<>();
        for (SortedSetDocValuesReaderState state : bareFacets) {
            counts.add(new SortedSetDocValuesFacetCounts(state, hits).getAllDims(10));
        }
        return counts;
    }

    @Benchmark
    public SearchResult crossLanguage() throws InvalidQueryException {
        return index.search(CROSS_LANGUAGE.get(next()));
    }

    @Benchmark
    public TopDocs crossLanguageBare() throws IOException {
        return bare.search(crossLanguage[next()], 10);
    }
}
