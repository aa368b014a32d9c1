/** The audit trail: who did what, when, and whether it was allowed. */
package org.unodc.rt.domain.audit;
