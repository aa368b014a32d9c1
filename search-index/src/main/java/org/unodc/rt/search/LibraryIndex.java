package org.unodc.rt.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.unodc.rt.search.analysis.LanguageAnalyzers;
import org.unodc.rt.search.analysis.Languages;
import org.unodc.rt.search.analysis.Terminology;
import org.unodc.rt.search.query.LibraryQueryParser;

/**
 * The library index: the one owner of the {@link IndexWriter} and the {@link SearcherManager}.
 * Open one per directory and share it; every method is thread-safe.
 *
 * <p>Changes ({@link #index}, {@link #delete}) become visible to searches within a second: a
 * background thread refreshes the searcher ({@link #refresh()} does it at once). They become
 * durable with {@link #commit(long)}, which also records the sequence number of the last index
 * event applied, so that after a crash the caller replays its event log from {@link
 * #getLastAppliedEvent()}; replaying is harmless because documents are replaced by id.
 *
 * <p>On disk: the given directory holds a file {@code current} naming the live generation ({@code
 * gen-1}, {@code gen-2}, …), each a complete Lucene index. {@link #rebuild} fills the next
 * generation while the live one keeps serving, then swaps.
 */
public final class LibraryIndex implements AutoCloseable {

    private static final String CURRENT = "current";
    private static final String GENERATION_PREFIX = "gen-";
    private static final String LAST_EVENT = "lastAppliedEvent";
    /** Recorded in every commit; an index written with another layout is rebuilt ({@link #needsRebuild()}). */
    private static final String SCHEMA = "schema";

    private static final int MAX_RESULT_WINDOW = 10_000;
    private static final int LEAD_LENGTH = 240;
    private static final int SNIPPET_LENGTH = 200;
    private static final int REBUILD_BATCH = 200;

    /**
     * Threads one search may use: a large index is searched one segment per thread, so a query's latency falls with
     * the cores the machine has.
     */
    static final int SEARCH_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), SortField.FIELD_SCORE);

    private final Path root;
    private final LanguageAnalyzers analyzers;
    private final LibraryQueryParser parser;

    /** Readers and writers of documents share it; swapping generations and closing take it alone. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final ReentrantLock commitLock = new ReentrantLock();
    private final ExecutorService searchThreads = newSearchThreads();
    private final FacetCounter facetCounter = new FacetCounter();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private Generation live;
    private List<Change> changesDuringRebuild;
    private volatile long lastAppliedEvent;
    private volatile String schemaOnDisk;
    private boolean closed;

    private LibraryIndex(Path root, Terminology terminology) throws IOException {
        this.root = root;
        this.analyzers = new LanguageAnalyzers(terminology);
        this.parser = new LibraryQueryParser(analyzers, IndexSchema.SEARCH_FIELDS, IndexSchema.BOOSTS);
        Files.createDirectories(root);
        String name = readCurrent();
        if (name == null) {
            name = GENERATION_PREFIX + 1;
            live = openGeneration(name, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writeCurrent(name);
        } else {
            live = openGeneration(name, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        }
        lastAppliedEvent = readLastEvent(live.writer);
        // An empty index has every layout; one with documents has the layout its commits recorded (none before
        // layouts were recorded), however many documents were added since in the new layout.
        schemaOnDisk =
                live.writer.getDocStats().maxDoc == 0 ? IndexSchema.VERSION : readCommitData(live.writer, SCHEMA);
        deleteOtherGenerations(name);
    }

    /** Opens (creating if needed) the index in a directory, e.g. {@code ${data dir}/index}. */
    public static LibraryIndex open(Path directory) throws IOException {
        return open(directory, Terminology.standard());
    }

    /**
     * Opens the index with a terminology other than the shipped one. Terms are tagged with their
     * concept when indexed, so an index built with another terminology needs a rebuild.
     */
    public static LibraryIndex open(Path directory, Terminology terminology) throws IOException {
        return new LibraryIndex(directory, terminology);
    }

    // ---------------------------------------------------------------- changes

    /** Adds the document, or replaces the one with the same id. */
    public void index(LibraryDocument document) throws IOException {
        Document doc = IndexSchema.toDocument(document);
        lock.readLock().lock();
        try {
            ensureOpen();
            live.writer.updateDocument(idTerm(document.id()), doc);
            recordForRebuild(new Change(document.id(), document));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes the document with this id; nothing happens if there is none. */
    public void delete(String id) throws IOException {
        lock.readLock().lock();
        try {
            ensureOpen();
            live.writer.deleteDocuments(idTerm(id));
            recordForRebuild(new Change(id, null));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Makes every change so far durable, recording that the index reflects the event log up to
     * and including {@code lastAppliedEvent}. Call it after applying a batch of events.
     */
    public void commit(long lastAppliedEvent) throws IOException {
        lock.readLock().lock();
        commitLock.lock();
        try {
            ensureOpen();
            live.writer.setLiveCommitData(
                    commitData(lastAppliedEvent, schemaOnDisk).entrySet());
            live.writer.commit();
            this.lastAppliedEvent = lastAppliedEvent;
        } finally {
            commitLock.unlock();
            lock.readLock().unlock();
        }
    }

    private static Map<String, String> commitData(long lastAppliedEvent, String schema) {
        return schema == null
                ? Map.of(LAST_EVENT, Long.toString(lastAppliedEvent))
                : Map.of(LAST_EVENT, Long.toString(lastAppliedEvent), SCHEMA, schema);
    }

    /**
     * Whether the index holds documents written with another layout of fields (an older version of this
     * application): searching it would miss facets and filters, so the owner rebuilds it from the source.
     */
    public boolean needsRebuild() {
        return !IndexSchema.VERSION.equals(schemaOnDisk)
                && !rebuilding.get()
                && withSearcher(searcher -> searcher.getIndexReader().numDocs() > 0);
    }

    /**
     * The sequence number of the last index event durably in the index (0 for a new index): replay
     * the event log from the next one.
     */
    public long getLastAppliedEvent() {
        return lastAppliedEvent;
    }

    /** Makes every change so far visible to searches now, instead of within the next second. */
    public void refresh() throws IOException {
        lock.readLock().lock();
        try {
            ensureOpen();
            live.manager.maybeRefreshBlocking();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---------------------------------------------------------------- searching

    /**
     * Runs a search: one page of hits with snippets, the total, and the facet counts.
     *
     * @throws InvalidQueryException if the query cannot be parsed, a filter names an unknown facet,
     *     or the page lies beyond the first {@value #MAX_RESULT_WINDOW} results
     */
    public SearchResult search(SearchRequest request) throws InvalidQueryException {
        Query userQuery = parser.parse(request.query(), request.crossLanguage());
        DrillDownQuery query = drillDown(userQuery, request);
        checkPage(request);
        int window = (request.page() + 1) * request.size();
        return withSearcher(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, List.of(), emptyFacets());
            }
            DrillSideways sideways = new PerDimensionDrillSideways(searcher, facetCounter, searchThreads);
            DrillSideways.DrillSidewaysResult result = request.sort() == SortOrder.DATE
                    ? sideways.search(query, null, null, window, NEWEST_FIRST, false)
                    : sideways.search(query, window);
            TopDocs top = result.hits;
            long total = result.hits.totalHits.value;
            Facets facets = result.facets;
            ScoreDoc[] all = top.scoreDocs;
            int from = Math.min(all.length, request.page() * request.size());
            ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
            List<SearchHit> hits = toHits(searcher, userQuery, page, request.language());
            return new SearchResult(total, hits, facets(facets));
        });
    }

    /**
     * The Lucene query a request runs (the parsed text with its filters); for benchmarks and for
     * explaining a ranking, not needed to search.
     */
    public Query toLuceneQuery(SearchRequest request) throws InvalidQueryException {
        return drillDown(parser.parse(request.query(), request.crossLanguage()), request);
    }

    /** Documents most like the given one (by the distinctive words of its text); empty if unknown. */
    public List<SearchHit> similar(String id, int count) {
        return withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(idTerm(id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzers.perField());
            mlt.setFieldNames(IndexSchema.BODY_FIELDS.toArray(String[]::new));
            // The library is small next to a web corpus: a word seen once can still be telling.
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(self.scoreDocs[0].doc);
            Query others = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(idTerm(id)), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(others, Math.max(1, count));
            return toHits(searcher, null, top.scoreDocs, "en");
        });
    }

    /**
     * Titles (original or English) containing the words typed so far, the last one possibly
     * unfinished: {@code "money laun"} offers "Money Laundering Act". Best match first.
     */
    public List<TitleSuggestion> suggestTitles(String prefix, int count) {
        if (prefix == null || prefix.isBlank() || count <= 0) {
            return List.of();
        }
        List<String> words = neutralTokens(prefix);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(IndexSchema.SUGGEST, words.get(i));
            boolean last = i == words.size() - 1;
            query.add(last && !lastComplete ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query.build(), count);
            StoredFields stored = searcher.storedFields();
            List<TitleSuggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                String original = doc.get(IndexSchema.STORED_TITLE_ORIGINAL);
                String english = doc.get(IndexSchema.STORED_TITLE_ENGLISH);
                String title = english == null || containsWords(original, words, lastComplete) ? original : english;
                suggestions.add(new TitleSuggestion(doc.get(IndexSchema.ID), title));
            }
            return suggestions;
        });
    }

    /** What a health check shows. */
    public IndexStats stats() {
        long documents =
                withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
        return new IndexStats(documents, lastAppliedEvent, rebuilding.get());
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
     * Builds a new index from all documents (e.g. read from the database) next to the live one, then
     * swaps them. Searches and changes go on meanwhile; changes made during the rebuild are applied
     * to the new index too, and it keeps the last applied event of the live one. Blocks until done:
     * run it from a background job. Only one rebuild runs at a time.
     *
     * @throws IllegalStateException if a rebuild is already running
     */
    public void rebuild(Iterator<LibraryDocument> source, long expectedCount, ProgressListener listener)
            throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the library index is already running");
        }
        String name;
        lock.writeLock().lock();
        try {
            ensureOpen();
            name = GENERATION_PREFIX + (generationNumber(live.name) + 1);
            changesDuringRebuild = new ArrayList<>();
        } finally {
            lock.writeLock().unlock();
        }
        Path dir = root.resolve(name);
        IndexWriter writer = null;
        try {
            deleteTree(dir);
            writer = newWriter(FSDirectory.open(dir), IndexWriterConfig.OpenMode.CREATE);
            fill(writer, source, expectedCount, listener);
            // A freshly built index is read far more than it is changed: few segments make every
            // query (and the facet ordinals) cheaper, and one per search thread lets a query use
            // every core; later changes add small segments as usual.
            writer.forceMerge(SEARCH_THREADS);
            swapTo(name, writer);
            writer = null;
        } finally {
            if (writer != null) {
                abandon(writer, dir);
            }
            lock.writeLock().lock();
            try {
                changesDuringRebuild = null;
            } finally {
                lock.writeLock().unlock();
            }
            rebuilding.set(false);
        }
    }

    /** Analysis is the costly part of indexing; it runs on all cores while this thread reads. */
    private void fill(IndexWriter writer, Iterator<LibraryDocument> source, long expected, ProgressListener listener)
            throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 2),
                r -> {
                    Thread t = new Thread(r, "library-index-rebuild");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicLong done = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long step = Math.max(1, expected / 100);
        long nextReport = 0;
        listener.progress(0, Math.max(0, expected));
        try {
            List<LibraryDocument> batch = new ArrayList<>(REBUILD_BATCH);
            while (source.hasNext() && failure.get() == null) {
                batch.add(source.next());
                if (batch.size() == REBUILD_BATCH || !source.hasNext()) {
                    List<LibraryDocument> work = batch;
                    batch = new ArrayList<>(REBUILD_BATCH);
                    workers.execute(() -> {
                        try {
                            for (LibraryDocument d : work) {
                                writer.updateDocument(idTerm(d.id()), IndexSchema.toDocument(d));
                            }
                            done.addAndGet(work.size());
                        } catch (Exception | AssertionError e) {
                            failure.compareAndSet(null, e instanceof Exception ex ? ex : new IOException(e));
                        }
                    });
                    long now = done.get();
                    if (now >= nextReport && now < expected) {
                        listener.progress(now, expected);
                        nextReport = now + step;
                    }
                }
            }
        } finally {
            workers.shutdown();
            try {
                while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                    // keep waiting: the batches in the queue are part of the rebuild
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IOException("Rebuild interrupted", e);
            }
        }
        if (failure.get() != null) {
            Exception e = failure.get();
            throw e instanceof IOException io ? io : new IOException("Rebuild failed: " + e.getMessage(), e);
        }
        long total = done.get();
        listener.progress(total, Math.max(total, expected));
    }

    private void swapTo(String name, IndexWriter writer) throws IOException {
        lock.writeLock().lock();
        try {
            ensureOpen();
            for (Change change : changesDuringRebuild) {
                if (change.document() == null) {
                    writer.deleteDocuments(idTerm(change.id()));
                } else {
                    writer.updateDocument(idTerm(change.id()), IndexSchema.toDocument(change.document()));
                }
            }
            changesDuringRebuild = null;
            writer.setLiveCommitData(
                    commitData(lastAppliedEvent, IndexSchema.VERSION).entrySet());
            writer.commit();
            schemaOnDisk = IndexSchema.VERSION;
            Generation old = live;
            live = startGeneration(name, writer);
            writeCurrent(name);
            old.close();
            deleteTree(root.resolve(old.name));
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /** Stops the refresh thread and closes the index, committing what was not yet committed. */
    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            live.close();
            searchThreads.shutdown();
        } finally {
            lock.writeLock().unlock();
            analyzers.close();
        }
    }

    // ---------------------------------------------------------------- internals

    private DrillDownQuery drillDown(Query userQuery, SearchRequest request) throws InvalidQueryException {
        DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), userQuery);
        for (Map.Entry<String, Set<String>> filter : request.filters().entrySet()) {
            Facet facet = Facet.fromKey(filter.getKey())
                    .orElseThrow(() -> new InvalidQueryException(
                            "query.unknownFilter",
                            request.query(),
                            String.valueOf(filter.getKey()),
                            // The filters' names as the API takes them; not words to translate.
                            String.join(
                                    ", ",
                                    java.util.Arrays.stream(Facet.values())
                                            .map(Facet::key)
                                            .toList())));
            for (String value : filter.getValue()) {
                query.add(facet.key(), value);
            }
        }
        return query;
    }

    private static void checkPage(SearchRequest request) throws InvalidQueryException {
        if (request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
            throw new InvalidQueryException("query.pageSize", request.query(), SearchRequest.MAX_SIZE, request.size());
        }
        if (request.page() < 0) {
            throw new InvalidQueryException("query.negativePage", request.query());
        }
        if ((long) (request.page() + 1) * request.size() > MAX_RESULT_WINDOW) {
            throw new InvalidQueryException("query.resultWindow", request.query(), MAX_RESULT_WINDOW);
        }
    }

    private List<SearchHit> toHits(IndexSearcher searcher, Query highlightQuery, ScoreDoc[] docs, String uiLanguage)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        Document[] docsOnPage = new Document[docs.length];
        // Only the languages present on the page: each highlighted field costs a pass over the query.
        Set<String> presentFields = new java.util.LinkedHashSet<>();
        for (int i = 0; i < docs.length; i++) {
            docsOnPage[i] = stored.document(docs[i].doc);
            for (String field : IndexSchema.BODY_FIELDS) {
                if (docsOnPage[i].get(field) != null) {
                    presentFields.add(field);
                }
            }
        }
        String[] bodyFields = presentFields.toArray(String[]::new);
        Map<String, String[]> snippets = Map.of();
        if (highlightQuery != null && !(highlightQuery instanceof MatchAllDocsQuery) && bodyFields.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withMaxNoHighlightPassages(0)
                    .withHandleMultiTermQuery(true)
                    // Span-based phrase matching is several times cheaper than the Matches API on the
                    // large multi-language queries, and marks the same words.
                    .withWeightMatches(false)
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            new SentenceBreakIterator(), SNIPPET_LENGTH, 0.5f))
                    .build();
            int[] ids = new int[docs.length];
            int[] passages = new int[bodyFields.length];
            java.util.Arrays.fill(passages, 1);
            for (int i = 0; i < docs.length; i++) {
                ids[i] = docs[i].doc;
            }
            snippets = highlighter.highlightFields(bodyFields, highlightQuery, ids, passages);
        }
        String uiSuffix = Languages.fieldSuffix(uiLanguage);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = docsOnPage[i];
            String language = doc.get(IndexSchema.STORED_LANGUAGE);
            String original = doc.get(IndexSchema.STORED_TITLE_ORIGINAL);
            String english = doc.get(IndexSchema.STORED_TITLE_ENGLISH);
            boolean showOriginal = english == null
                    || Languages.fieldSuffix(language).equals(uiSuffix) && !Languages.OTHER.equals(uiSuffix);
            String snippet = pickSnippet(snippets, i, uiSuffix, Languages.fieldSuffix(language));
            if (snippet == null) {
                snippet = lead(doc, Languages.fieldSuffix(language));
            }
            Number year = doc.getField(IndexSchema.STORED_YEAR) == null
                    ? null
                    : doc.getField(IndexSchema.STORED_YEAR).numericValue();
            hits.add(new SearchHit(
                    doc.get(IndexSchema.ID),
                    showOriginal ? original : english,
                    doc.get(IndexSchema.STORED_COUNTRY),
                    doc.get(IndexSchema.STORED_TYPE),
                    year == null ? null : year.intValue(),
                    language,
                    snippet));
        }
        return hits;
    }

    /** The interface language's text first, then the original's, then any other that matched. */
    private static String pickSnippet(Map<String, String[]> snippets, int i, String uiSuffix, String originalSuffix) {
        List<String> order = new ArrayList<>();
        order.add(IndexSchema.body(uiSuffix));
        order.add(IndexSchema.body(originalSuffix));
        order.addAll(IndexSchema.BODY_FIELDS);
        for (String field : order) {
            if (!snippets.containsKey(field)) {
                continue;
            }
            String[] values = snippets.get(field);
            if (values != null && values[i] != null) {
                return values[i].strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** The start of the text, HTML-escaped, when no word of the query occurs in it. */
    private static String lead(Document doc, String originalSuffix) {
        String text = doc.get(IndexSchema.body(originalSuffix));
        if (text == null) {
            for (String field : IndexSchema.BODY_FIELDS) {
                text = doc.get(field);
                if (text != null) {
                    break;
                }
            }
        }
        if (text == null) {
            return "";
        }
        String lead = text.strip().replaceAll("\\s+", " ");
        if (lead.length() > LEAD_LENGTH) {
            int cut = lead.lastIndexOf(' ', LEAD_LENGTH);
            lead = lead.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…";
        }
        return escapeHtml(lead);
    }

    static String escapeHtml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, List<FacetCount>> facets(Facets facets) throws IOException {
        Map<String, List<FacetCount>> all = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            FacetResult result;
            try {
                result = facets.getAllChildren(facet.key());
            } catch (IllegalArgumentException noSuchDimension) {
                result = null;
            }
            List<FacetCount> counts = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    counts.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
            Comparator<FacetCount> order = facet == Facet.YEAR
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
            counts.sort(order);
            all.put(facet.key(), List.copyOf(counts));
        }
        return all;
    }

    private static Map<String, List<FacetCount>> emptyFacets() {
        Map<String, List<FacetCount>> all = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            all.put(facet.key(), List.of());
        }
        return all;
    }

    private List<String> neutralTokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzers.neutral().tokenStream(IndexSchema.SUGGEST, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private boolean containsWords(String title, List<String> words, boolean lastComplete) {
        Set<String> tokens = new HashSet<>(neutralTokens(title));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean prefix = i == words.size() - 1 && !lastComplete;
            boolean found = prefix ? tokens.stream().anyMatch(t -> t.startsWith(word)) : tokens.contains(word);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        lock.readLock().lock();
        try {
            ensureOpen();
            SearcherManager manager = live.manager;
            IndexSearcher searcher = manager.acquire();
            try {
                return work.run(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void recordForRebuild(Change change) {
        List<Change> changes = changesDuringRebuild;
        if (changes != null) {
            synchronized (changes) {
                changes.add(change);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The library index is closed");
        }
    }

    private static Term idTerm(String id) {
        return new Term(IndexSchema.ID, id);
    }

    private static SortField newestFirst() {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }

    private IndexWriter newWriter(Directory dir, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzers.indexing())
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setMergePolicy(new BalancedForceMergePolicy(new TieredMergePolicy()))
                .setCommitOnClose(true);
        return new IndexWriter(dir, config);
    }

    private Generation openGeneration(String name, IndexWriterConfig.OpenMode mode) throws IOException {
        return startGeneration(name, newWriter(FSDirectory.open(root.resolve(name)), mode));
    }

    private Generation startGeneration(String name, IndexWriter writer) throws IOException {
        SearcherManager manager = new SearcherManager(writer, new SlicingSearcherFactory(searchThreads));
        // Refresh at least every second; sooner (20 ms) when someone waits for a change.
        ControlledRealTimeReopenThread<IndexSearcher> refresher =
                new ControlledRealTimeReopenThread<>(writer, manager, 1.0, 0.02);
        refresher.setName("library-index-refresh-" + name);
        refresher.setDaemon(true);
        refresher.start();
        return new Generation(name, writer, manager, refresher);
    }

    private static String readCommitData(IndexWriter writer, String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static long readLastEvent(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (LAST_EVENT.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    private String readCurrent() throws IOException {
        Path current = root.resolve(CURRENT);
        if (!Files.exists(current)) {
            return null;
        }
        String name = Files.readString(current, StandardCharsets.UTF_8).strip();
        return name.startsWith(GENERATION_PREFIX) ? name : null;
    }

    /** Written to a temporary file and moved into place, so a crash leaves the old or the new name. */
    private void writeCurrent(String name) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(
                tmp,
                name,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Leftovers of a rebuild that crashed before its swap. */
    private void deleteOtherGenerations(String keep) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (name.startsWith(GENERATION_PREFIX) && !name.equals(keep) && Files.isDirectory(child)) {
                    deleteTree(child);
                }
            }
        }
    }

    private static int generationNumber(String name) {
        return Integer.parseInt(name.substring(GENERATION_PREFIX.length()));
    }

    private static void abandon(IndexWriter writer, Path dir) {
        try {
            Directory directory = writer.getDirectory();
            writer.rollback();
            directory.close();
            deleteTree(dir);
        } catch (IOException | RuntimeException ignored) {
            // The leftover directory is removed at the next open.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A change made while a rebuild runs, replayed onto the new index before the swap. */
    private record Change(String id, LibraryDocument document) {}

    /** One on-disk index with its writer, searcher manager and refresh thread. */
    private record Generation(
            String name,
            IndexWriter writer,
            SearcherManager manager,
            ControlledRealTimeReopenThread<IndexSearcher> refresher)
            implements Closeable {
        @Override
        public void close() throws IOException {
            refresher.close();
            manager.close();
            Directory dir = writer.getDirectory();
            writer.close();
            dir.close();
        }
    }

    private static ExecutorService newSearchThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(SEARCH_THREADS, task -> {
            Thread thread = new Thread(task, "library-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Drill-sideways counting where each dimension has its own doc-values field: a dimension the search filters on is
     * counted over its sideways hits alone, the others over the hits, each by {@link FacetCounter}. Lucene's default
     * counts every dimension again for each filtered one, which made a search with two filters count the whole
     * library three times over.
     */
    private static final class PerDimensionDrillSideways extends DrillSideways {
        /** Below this many hits counting on the caller's thread is quicker than handing the dimensions out. */
        private static final int PARALLEL_FROM_HITS = 20_000;

        private final FacetCounter counter;
        private final ExecutorService threads;

        PerDimensionDrillSideways(IndexSearcher searcher, FacetCounter counter, ExecutorService threads) {
            super(searcher, IndexSchema.facetsConfig(), (SortedSetDocValuesReaderState) null);
            this.counter = counter;
            this.threads = threads;
        }

        @Override
        protected Facets buildFacetsResult(
                FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
                throws IOException {
            Map<Facet, FacetsCollector> sideways = new LinkedHashMap<>();
            if (drillSidewaysDims != null) {
                for (int i = 0; i < drillSidewaysDims.length; i++) {
                    sideways.put(Facet.fromKey(drillSidewaysDims[i]).orElseThrow(), drillSideways[i]);
                }
            }
            return count(counter, threads, drillDowns, sideways);
        }

        /** Each dimension over its sideways hits if it is filtered on, else over the hits. */
        static Facets count(
                FacetCounter counter,
                ExecutorService threads,
                FacetsCollector drillDowns,
                Map<Facet, FacetsCollector> sideways)
                throws IOException {
            Map<Facet, FacetsCollector> hitsPerDimension = new LinkedHashMap<>(sideways);
            for (Facet facet : Facet.values()) {
                hitsPerDimension.putIfAbsent(facet, drillDowns);
            }
            hitsPerDimension.values().removeIf(java.util.Objects::isNull);
            long work = 0;
            for (FacetsCollector hits : hitsPerDimension.values()) {
                for (FacetsCollector.MatchingDocs segment : hits.getMatchingDocs()) {
                    work += segment.totalHits;
                }
            }
            Map<String, FacetResult> byDimension = new LinkedHashMap<>();
            if (work < PARALLEL_FROM_HITS) {
                for (Map.Entry<Facet, FacetsCollector> e : hitsPerDimension.entrySet()) {
                    byDimension.put(e.getKey().key(), count(counter, e.getKey(), e.getValue()));
                }
                return new CountedFacets(byDimension);
            }
            // Many hits: the dimensions are independent (each its own field), so they are counted side by side.
            Map<String, java.util.concurrent.Future<FacetResult>> counting = new LinkedHashMap<>();
            for (Map.Entry<Facet, FacetsCollector> e : hitsPerDimension.entrySet()) {
                counting.put(e.getKey().key(), threads.submit(() -> count(counter, e.getKey(), e.getValue())));
            }
            try {
                for (Map.Entry<String, java.util.concurrent.Future<FacetResult>> e : counting.entrySet()) {
                    byDimension.put(e.getKey(), e.getValue().get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Counting facets was interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            return new CountedFacets(byDimension);
        }

        private static FacetResult count(FacetCounter counter, Facet facet, FacetsCollector hits) throws IOException {
            return counter.count(facet.key(), IndexSchema.facetField(facet), hits);
        }
    }

    /** Counts already made, one result per dimension; only {@link #getAllChildren} is used. */
    private static final class CountedFacets extends Facets {
        private final Map<String, FacetResult> byDimension;

        CountedFacets(Map<String, FacetResult> byDimension) {
            this.byDimension = byDimension;
        }

        @Override
        public FacetResult getAllChildren(String dim, String... path) {
            FacetResult result = byDimension.get(dim);
            if (result == null) {
                throw new IllegalArgumentException("No counts for the dimension " + dim);
            }
            return result;
        }

        @Override
        public FacetResult getTopChildren(int topN, String dim, String... path) {
            return getAllChildren(dim, path);
        }

        @Override
        public Number getSpecificValue(String dim, String... path) {
            throw new UnsupportedOperationException("Read the counts with getAllChildren");
        }

        @Override
        public List<FacetResult> getAllDims(int topN) {
            return List.copyOf(byDimension.values());
        }
    }

    /** A searcher that spreads a large index over the search threads, one group of segments per thread. */
    static final class SlicingSearcher extends IndexSearcher {
        /** Below this many documents a search is quicker on one thread than handed out to several. */
        private static final int PARALLEL_FROM_DOCS = 20_000;

        SlicingSearcher(IndexReader reader, ExecutorService threads) {
            super(reader, threads);
        }

        /**
         * Segments dealt out over the search threads, largest first to the least loaded, so that each thread gets about
         * the same number of documents; a small index is one slice.
         */
        @Override
        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            int docs = leaves.stream().mapToInt(leaf -> leaf.reader().maxDoc()).sum();
            int count = Math.min(SEARCH_THREADS, leaves.size());
            if (docs < PARALLEL_FROM_DOCS || count <= 1) {
                return leaves.isEmpty() ? new LeafSlice[0] : new LeafSlice[] {new LeafSlice(new ArrayList<>(leaves))};
            }
            List<List<LeafReaderContext>> groups =
                    Balance.deal(leaves, count, leaf -> leaf.reader().maxDoc());
            return groups.stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
        }
    }

    private static final class SlicingSearcherFactory extends SearcherFactory {
        private final ExecutorService threads;

        SlicingSearcherFactory(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new SlicingSearcher(reader, threads);
        }
    }
}
