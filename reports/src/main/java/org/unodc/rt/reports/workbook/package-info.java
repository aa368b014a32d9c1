/**
 * A State's return as an Excel workbook to fill in offline ({@link org.unodc.rt.reports.workbook.ReturnWorkbook}),
 * and the reading of one filled in: what it says, or the reasons it is refused.
 */
package org.unodc.rt.reports.workbook;
