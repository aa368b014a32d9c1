package org.unodc.rt.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** A searcher that spreads a large index over the search threads, one group of segments per thread. */
final class SlicingSearcher extends IndexSearcher {

    /**
     * Threads one search may use: a large index is searched one segment per thread, so a query's latency falls with
     * the cores the machine has.
     */
    static final int SEARCH_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Below this many documents a search is quicker on one thread than handed out to several. */
    private static final int PARALLEL_FROM_DOCS = 20_000;

    SlicingSearcher(IndexReader reader, ExecutorService threads) {
        super(reader, threads);
    }

    /** The pool of {@link #SEARCH_THREADS} daemon threads that searches and facet counting share. */
    static ExecutorService newSearchThreads() {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(SEARCH_THREADS, task -> {
            Thread thread = new Thread(task, "library-search-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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

    /** What the {@link org.apache.lucene.search.SearcherManager} opens each refreshed reader with. */
    static final class Factory extends SearcherFactory {
        private final ExecutorService threads;

        Factory(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new SlicingSearcher(reader, threads);
        }
    }
}
