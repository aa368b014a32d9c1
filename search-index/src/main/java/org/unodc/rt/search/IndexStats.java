package org.unodc.rt.search;

/**
 * What a health check shows about the index.
 *
 * @param documents documents visible to searches
 * @param lastAppliedEvent the sequence number of the last index event durably committed
 * @param rebuilding whether a rebuild is running
 */
public record IndexStats(long documents, long lastAppliedEvent, boolean rebuilding) {}
