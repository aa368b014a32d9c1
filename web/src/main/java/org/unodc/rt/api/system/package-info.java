/** Operational endpoints: readiness and health. */
package org.unodc.rt.api.system;
