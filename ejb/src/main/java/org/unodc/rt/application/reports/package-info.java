/**
 * Reports for the Commission: assembles the reports module's data records from accepted returns, renders them, and
 * keeps every generated report so the same version can be downloaded later.
 */
package org.unodc.rt.application.reports;
