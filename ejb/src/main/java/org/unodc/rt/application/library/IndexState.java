package org.unodc.rt.application.library;

import org.unodc.rt.infrastructure.search.LibraryIndexer;

/**
 * How the search index stands, for the secretariat.
 *
 * @param documents the documents searches see
 * @param waiting committed changes the index has not applied yet
 * @param rebuild the last or running rebuild
 */
public record IndexState(long documents, long waiting, LibraryIndexer.Progress rebuild)
        implements java.io.Serializable {}
