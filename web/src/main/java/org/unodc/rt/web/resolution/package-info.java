/** Pages of the resolution catalogue: list, detail with lineage, import with preview, sessions and their mandates. */
package org.unodc.rt.web.resolution;
