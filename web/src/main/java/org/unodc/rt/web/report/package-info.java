/** The secretariat's reports page: what data a report will use, generating it, and every version generated. */
package org.unodc.rt.web.report;
