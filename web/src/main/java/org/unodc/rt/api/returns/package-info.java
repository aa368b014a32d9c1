/** REST resources of returns, for national systems that report by machine, and for review. */
package org.unodc.rt.api.returns;
