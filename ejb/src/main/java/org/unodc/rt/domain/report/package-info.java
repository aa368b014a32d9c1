/** Reports the secretariat generated: what was built, when, by whom, from how many returns. */
package org.unodc.rt.domain.report;
