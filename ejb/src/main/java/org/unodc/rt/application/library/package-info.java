/**
 * The library's use cases: what researchers read and search, and the secretariat's cataloguing, publishing and
 * originals; every change to a document goes through {@link org.unodc.rt.application.library.DocumentChanges}.
 */
package org.unodc.rt.application.library;
