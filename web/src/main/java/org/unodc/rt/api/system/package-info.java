/** Operational endpoints: readiness and health, the audit trail, the sweep of unreferenced files. */
package org.unodc.rt.api.system;
