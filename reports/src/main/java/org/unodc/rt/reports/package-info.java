/**
 * The public face of the reports module: {@link org.unodc.rt.reports.ReportRenderer} turns report
 * data into a document of a chosen {@link org.unodc.rt.reports.ReportFormat}, written to a stream.
 */
package org.unodc.rt.reports;
