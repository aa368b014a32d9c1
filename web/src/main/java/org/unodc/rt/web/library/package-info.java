/** The public library pages: search with facets (the whole search lives in the URL) and the document page. */
package org.unodc.rt.web.library;
