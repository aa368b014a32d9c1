/** REST resources of the library: search with facets, documents, originals, and the secretariat's editing. */
package org.unodc.rt.api.library;
