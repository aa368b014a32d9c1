/** REST resources of the resolution catalogue: parse a text, save, list, read. */
package org.unodc.rt.api.resolution;
