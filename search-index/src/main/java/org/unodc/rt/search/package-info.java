/**
 * The Lucene index of the library: {@link org.unodc.rt.search.LibraryIndex} (the application's one
 * entry; behind it {@code IndexGenerations} is the one owner of the writer and searchers) and the
 * records it takes and returns. The ejb module opens it on {@code
 * ${data dir}/index}, applies index events with {@code index}/{@code delete} and records how far it
 * got with {@code commit(lastEvent)}, replays its event log from {@code getLastAppliedEvent()} after a
 * restart, runs {@code rebuild} from the database as a background job, and serves {@code search} to
 * REST.
 */
package org.unodc.rt.search;
