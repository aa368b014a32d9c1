/**
 * Benchmarks of the library index (run by the {@code benchmark} Maven profile, never by the unit
 * tests): a generated corpus, indexing throughput, and query latency next to a bare IndexSearcher.
 */
package org.unodc.rt.search.bench;
