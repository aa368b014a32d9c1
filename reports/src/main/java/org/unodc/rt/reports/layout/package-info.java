/**
 * Turns report data into what the templates print: a flat stream of typed blocks (headings,
 * numbered paragraphs, quotations, table rows, charts) that the document templates lay out band by band.
 */
package org.unodc.rt.reports.layout;
