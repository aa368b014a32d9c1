/**
 * Turning what a person types into a Lucene query over the per-language fields, including the
 * cross-language expansion from the Convention terminology, with messages a person can act on.
 */
package org.unodc.rt.search.query;
