/**
 * Resolutions as the catalogue keeps them: preamble, operative paragraphs with their addressees and directives,
 * footnotes, citations of other resolutions (lineage) and the reporting mandates they create.
 */
package org.unodc.rt.domain.resolution;
