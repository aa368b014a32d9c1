/** Sessions of the Commission on Crime Prevention and Criminal Justice, the targets of reporting. */
package org.unodc.rt.domain.session;
