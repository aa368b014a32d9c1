package org.unodc.rt.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The one owner of the {@link IndexWriter} and the {@link SearcherManager}: it applies changes, commits them with the
 * last applied event, lends searchers ({@link Searchers}), refreshes them from a background thread, and builds the next
 * generation beside the live one and swaps to it. Every lock around the writer lives here, so the classes that search
 * only borrow a searcher and cannot see a generation being swapped.
 */
final class IndexGenerations implements Searchers, Closeable {

    private static final String LAST_EVENT = "lastAppliedEvent";
    /** Recorded in every commit; an index written with another layout is rebuilt ({@link #needsRebuild()}). */
    private static final String SCHEMA = "schema";

    private final GenerationDirectory directory;
    private final Analyzer indexing;
    private final ExecutorService searchThreads;

    /** Readers and writers of documents share it; swapping generations and closing take it alone. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private final ReentrantLock commitLock = new ReentrantLock();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private Generation live;
    private List<Change> changesDuringRebuild;
    private volatile long lastAppliedEvent;
    private volatile String schemaOnDisk;
    private boolean closed;

    /** Opens the live generation in the folder, creating the first one in a new folder. */
    IndexGenerations(GenerationDirectory directory, Analyzer indexing, ExecutorService searchThreads)
            throws IOException {
        this.directory = directory;
        this.indexing = indexing;
        this.searchThreads = searchThreads;
        String name = directory.current().orElse(null);
        if (name == null) {
            name = GenerationDirectory.first();
            live = openGeneration(name);
            directory.makeCurrent(name);
        } else {
            live = openGeneration(name);
        }
        String lastEvent = readCommitData(live.writer, LAST_EVENT);
        lastAppliedEvent = lastEvent == null ? 0 : Long.parseLong(lastEvent);
        // An empty index has every layout; one with documents has the layout its commits recorded (none before
        // layouts were recorded), however many documents were added since in the new layout.
        schemaOnDisk =
                live.writer.getDocStats().maxDoc == 0 ? IndexSchema.VERSION : readCommitData(live.writer, SCHEMA);
        directory.deleteAllBut(name);
    }

    // ---------------------------------------------------------------- changes

    void index(LibraryDocument document) throws IOException {
        Document doc = IndexSchema.toDocument(document);
        lock.readLock().lock();
        try {
            ensureOpen();
            live.writer.updateDocument(IndexSchema.idTerm(document.id()), doc);
            recordForRebuild(new Change(document.id(), document));
        } finally {
            lock.readLock().unlock();
        }
    }

    void delete(String id) throws IOException {
        lock.readLock().lock();
        try {
            ensureOpen();
            live.writer.deleteDocuments(IndexSchema.idTerm(id));
            recordForRebuild(new Change(id, null));
        } finally {
            lock.readLock().unlock();
        }
    }

    void commit(long lastAppliedEvent) throws IOException {
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

    boolean needsRebuild() {
        return !IndexSchema.VERSION.equals(schemaOnDisk)
                && !rebuilding.get()
                && withSearcher(searcher -> searcher.getIndexReader().numDocs() > 0);
    }

    long lastAppliedEvent() {
        return lastAppliedEvent;
    }

    void refresh() throws IOException {
        lock.readLock().lock();
        try {
            ensureOpen();
            live.manager.maybeRefreshBlocking();
        } finally {
            lock.readLock().unlock();
        }
    }

    IndexStats stats() {
        long documents =
                withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
        return new IndexStats(documents, lastAppliedEvent, rebuilding.get());
    }

    @Override
    public <T> T withSearcher(Work<T> work) {
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

    // ---------------------------------------------------------------- rebuild

    /** See {@link LibraryIndex#rebuild(Iterator, long, ProgressListener)}. */
    void rebuild(Iterator<LibraryDocument> source, long expectedCount, ProgressListener listener) throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the library index is already running");
        }
        String name;
        lock.writeLock().lock();
        try {
            ensureOpen();
            name = GenerationDirectory.after(live.name);
            changesDuringRebuild = new ArrayList<>();
        } finally {
            lock.writeLock().unlock();
        }
        IndexWriter writer = null;
        try {
            directory.delete(name);
            writer = newWriter(name, IndexWriterConfig.OpenMode.CREATE);
            ParallelIndexing.fill(writer, source, expectedCount, listener);
            // A freshly built index is read far more than it is changed: few segments make every
            // query (and the facet ordinals) cheaper, and one per search thread lets a query use
            // every core; later changes add small segments as usual.
            writer.forceMerge(SlicingSearcher.SEARCH_THREADS);
            swapTo(name, writer);
            writer = null;
        } finally {
            if (writer != null) {
                abandon(writer, name);
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

    private void swapTo(String name, IndexWriter writer) throws IOException {
        lock.writeLock().lock();
        try {
            ensureOpen();
            for (Change change : changesDuringRebuild) {
                if (change.document() == null) {
                    writer.deleteDocuments(IndexSchema.idTerm(change.id()));
                } else {
                    writer.updateDocument(IndexSchema.idTerm(change.id()), IndexSchema.toDocument(change.document()));
                }
            }
            changesDuringRebuild = null;
            writer.setLiveCommitData(
                    commitData(lastAppliedEvent, IndexSchema.VERSION).entrySet());
            writer.commit();
            schemaOnDisk = IndexSchema.VERSION;
            Generation old = live;
            live = startGeneration(name, writer);
            directory.makeCurrent(name);
            old.close();
            directory.delete(old.name);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void abandon(IndexWriter writer, String name) {
        try {
            Directory dir = writer.getDirectory();
            writer.rollback();
            dir.close();
            directory.delete(name);
        } catch (IOException | RuntimeException ignored) {
            // The leftover directory is removed at the next open.
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

    // ---------------------------------------------------------------- lifecycle

    /** Stops the refresh thread and closes the live generation, committing what was not yet committed. */
    @Override
    public void close() throws IOException {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            live.close();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The library index is closed");
        }
    }

    private IndexWriter newWriter(String name, IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(indexing)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setMergePolicy(new BalancedForceMergePolicy(new TieredMergePolicy()))
                .setCommitOnClose(true);
        return new IndexWriter(FSDirectory.open(directory.path(name)), config);
    }

    private Generation openGeneration(String name) throws IOException {
        return startGeneration(name, newWriter(name, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    private Generation startGeneration(String name, IndexWriter writer) throws IOException {
        SearcherManager manager = new SearcherManager(writer, new SlicingSearcher.Factory(searchThreads));
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
}
