/** Tables exported as files: CSV and XLSX from the same rows, so both exports always agree. */
package org.unodc.rt.infrastructure.export;
