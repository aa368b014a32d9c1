package org.unodc.rt.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.apache.lucene.search.Query;
import org.unodc.rt.search.analysis.LanguageAnalyzers;
import org.unodc.rt.search.analysis.Terminology;

/**
 * The library index, as the application sees it. Open one per directory and share it; every method is thread-safe.
 * It holds what its parts share (the analyzers, the search threads) and hands each call to the part that does it:
 * {@link IndexGenerations} owns the writer and the searchers, {@link LibrarySearcher} runs searches, {@link
 * TitleSuggestions} and {@link SimilarDocuments} serve the search box and a document's page.
 *
 * <p>Changes ({@link #index}, {@link #delete}) become visible to searches within a second: a background thread
 * refreshes the searcher ({@link #refresh()} does it at once). They become durable with {@link #commit(long)}, which
 * also records the sequence number of the last index event applied, so that after a crash the caller replays its event
 * log from {@link #getLastAppliedEvent()}; replaying is harmless because documents are replaced by id.
 *
 * <p>On disk: the given directory holds a file {@code current} naming the live generation ({@code gen-1}, {@code
 * gen-2}, …), each a complete Lucene index. {@link #rebuild} fills the next generation while the live one keeps
 * serving, then swaps.
 */
public final class LibraryIndex implements AutoCloseable {

    private final LanguageAnalyzers analyzers;
    private final ExecutorService searchThreads = SlicingSearcher.newSearchThreads();
    private final IndexGenerations generations;
    private final LibrarySearcher searcher;
    private final TitleSuggestions suggestions;
    private final SimilarDocuments similar;

    private LibraryIndex(Path root, Terminology terminology) throws IOException {
        this.analyzers = new LanguageAnalyzers(terminology);
        HitReader hits = new HitReader(analyzers.perField());
        this.generations = new IndexGenerations(new GenerationDirectory(root), analyzers.indexing(), searchThreads);
        this.searcher = new LibrarySearcher(generations, analyzers, hits, searchThreads);
        this.suggestions = new TitleSuggestions(generations, analyzers.neutral());
        this.similar = new SimilarDocuments(generations, analyzers.indexing(), hits);
    }

    /** Opens (creating if needed) the index in a directory, e.g. {@code ${data dir}/index}. */
    public static LibraryIndex open(Path directory) throws IOException {
        return open(directory, Terminology.standard());
    }

    /**
     * Opens the index with a terminology other than the shipped one. Terms are tagged with their concept when indexed,
     * so an index built with another terminology needs a rebuild.
     */
    public static LibraryIndex open(Path directory, Terminology terminology) throws IOException {
        return new LibraryIndex(directory, terminology);
    }

    // ---------------------------------------------------------------- changes

    /** Adds the document, or replaces the one with the same id. */
    public void index(LibraryDocument document) throws IOException {
        generations.index(document);
    }

    /** Removes the document with this id; nothing happens if there is none. */
    public void delete(String id) throws IOException {
        generations.delete(id);
    }

    /**
     * Makes every change so far durable, recording that the index reflects the event log up to and including {@code
     * lastAppliedEvent}. Call it after applying a batch of events.
     */
    public void commit(long lastAppliedEvent) throws IOException {
        generations.commit(lastAppliedEvent);
    }

    /**
     * Whether the index holds documents written with another layout of fields (an older version of this application):
     * searching it would miss facets and filters, so the owner rebuilds it from the source.
     */
    public boolean needsRebuild() {
        return generations.needsRebuild();
    }

    /**
     * The sequence number of the last index event durably in the index (0 for a new index): replay the event log from
     * the next one.
     */
    public long getLastAppliedEvent() {
        return generations.lastAppliedEvent();
    }

    /** Makes every change so far visible to searches now, instead of within the next second. */
    public void refresh() throws IOException {
        generations.refresh();
    }

    // ---------------------------------------------------------------- searching

    /**
     * Runs a search: one page of hits with snippets, the total, and the facet counts.
     *
     * @throws InvalidQueryException if the query cannot be parsed, a filter names an unknown facet, or the page lies
     *     beyond the first {@value SearchRequest#MAX_RESULT_WINDOW} results
     */
    public SearchResult search(SearchRequest request) throws InvalidQueryException {
        return searcher.search(request);
    }

    /**
     * The Lucene query a request runs (the parsed text with its filters); for benchmarks and for explaining a ranking,
     * not needed to search.
     */
    public Query toLuceneQuery(SearchRequest request) throws InvalidQueryException {
        return searcher.toLuceneQuery(request);
    }

    /** Documents most like the given one (by the distinctive words of its text); empty if unknown. */
    public List<SearchHit> similar(String id, int count) {
        return similar.like(id, count);
    }

    /**
     * Titles (original or English) containing the words typed so far, the last one possibly unfinished: {@code "money
     * laun"} offers "Money Laundering Act". Best match first.
     */
    public List<TitleSuggestion> suggestTitles(String prefix, int count) {
        return suggestions.suggest(prefix, count);
    }

    /** What a health check shows. */
    public IndexStats stats() {
        return generations.stats();
    }

    // ---------------------------------------------------------------- rebuild

    /** {@link #rebuild(Iterator, long, ProgressListener)} from a stream, which is closed at the end. */
    public void rebuild(Stream<LibraryDocument> source, long expectedCount, ProgressListener listener)
            throws IOException {
        try (source) {
            rebuild(source.iterator(), expectedCount, listener);
        }
    }

    /**
     * Builds a new index from all documents (e.g. read from the database) next to the live one, then swaps them.
     * Searches and changes go on meanwhile; changes made during the rebuild are applied to the new index too, and it
     * keeps the last applied event of the live one. Blocks until done: run it from a background job. Only one rebuild
     * runs at a time.
     *
     * @throws IllegalStateException if a rebuild is already running
     */
    public void rebuild(Iterator<LibraryDocument> source, long expectedCount, ProgressListener listener)
            throws IOException {
        generations.rebuild(source, expectedCount, listener);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Stops the refresh thread and closes the index, committing what was not yet committed. */
    @Override
    public void close() throws IOException {
        try {
            generations.close();
            searchThreads.shutdown();
        } finally {
            analyzers.close();
        }
    }
}
