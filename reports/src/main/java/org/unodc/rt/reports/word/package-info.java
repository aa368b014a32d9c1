/**
 * The reports for the Commission as Word documents editors and translators work in, written with Apache POI XWPF from
 * the same blocks the PDF is printed from.
 */
package org.unodc.rt.reports.word;
