/**
 * Text extraction from uploaded files with Apache Tika, under limits (size, characters, time,
 * nesting, compression ratio) so that a hostile or broken file is rejected with a clear message
 * instead of taking the server down; and detection of the text's language.
 */
package org.unodc.rt.search.extract;
