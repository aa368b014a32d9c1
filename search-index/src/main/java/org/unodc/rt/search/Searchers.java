package org.unodc.rt.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lends the live searcher for one piece of work, acquired before it and released after it however it ends. Searching,
 * suggesting and finding similar documents need nothing more of the index's owner ({@link IndexGenerations}), so they
 * depend on this alone and a test can hand them a searcher over a small index of its own.
 */
interface Searchers {

    /**
     * Runs the work with the searcher of the live generation.
     *
     * @throws java.io.UncheckedIOException if the work or the searcher fails to read the index
     * @throws IllegalStateException if the index is closed
     */
    <T> T withSearcher(Work<T> work);

    @FunctionalInterface
    interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
