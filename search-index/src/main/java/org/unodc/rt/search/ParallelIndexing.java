package org.unodc.rt.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;

/**
 * Fills the new generation of a rebuild. Analysis is the costly part of indexing, so batches of documents are analysed
 * on all cores while the caller's thread reads the source and reports progress; the queue is short and a full one
 * makes the reader index a batch itself, so a source of any size never piles up in memory.
 */
final class ParallelIndexing {

    private static final int BATCH = 200;

    private ParallelIndexing() {}

    /** Indexes every document of the source into the writer; the first failure of any batch ends it. */
    static void fill(IndexWriter writer, Iterator<LibraryDocument> source, long expected, ProgressListener listener)
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
            List<LibraryDocument> batch = new ArrayList<>(BATCH);
            while (source.hasNext() && failure.get() == null) {
                batch.add(source.next());
                if (batch.size() == BATCH || !source.hasNext()) {
                    List<LibraryDocument> work = batch;
                    batch = new ArrayList<>(BATCH);
                    workers.execute(() -> {
                        try {
                            for (LibraryDocument d : work) {
                                writer.updateDocument(IndexSchema.idTerm(d.id()), IndexSchema.toDocument(d));
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
}
