/**
 * The immutable records a report is made from: the ejb module assembles them from the database,
 * the renderer turns them into documents. No JasperReports type appears here.
 */
package org.unodc.rt.reports.data;
