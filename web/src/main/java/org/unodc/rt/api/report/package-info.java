/** REST resources for reports: generate, list and download; a State's return as a document. */
package org.unodc.rt.api.report;
