/** The resolution catalogue: reading texts into structure, saving, correcting, lineage and reporting mandates. */
package org.unodc.rt.application.resolution;
