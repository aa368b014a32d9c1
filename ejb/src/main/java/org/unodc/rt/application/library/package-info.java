/** The library: search for everyone, documents and their originals, and the secretariat's editing. */
package org.unodc.rt.application.library;
