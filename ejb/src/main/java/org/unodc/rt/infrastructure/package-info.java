/** Technical adapters: persistence set-up, security, mail and background work. */
package org.unodc.rt.infrastructure;
