/**
 * Use cases on implementation returns: focal points fill in and submit their own State's return, the secretariat
 * reviews; the isolation rule (a focal point reaches only its own State's returns) is enforced here.
 */
package org.unodc.rt.application.returns;
