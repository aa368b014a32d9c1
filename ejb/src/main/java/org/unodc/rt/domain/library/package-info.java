/**
 * The library: national legislation, case law, strategies, practice and studies, with their metadata, typed links
 * and original files; and the index event log that keeps the search index in step with it.
 */
package org.unodc.rt.domain.library;
