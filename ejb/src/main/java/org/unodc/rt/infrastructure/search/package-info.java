/** Keeps the Lucene library index (search-index module) in step with the database through the index event log. */
package org.unodc.rt.infrastructure.search;
