/** REST resources for Member States and instruments. */
package org.unodc.rt.api.state;
