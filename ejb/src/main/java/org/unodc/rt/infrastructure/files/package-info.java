/**
 * Files kept outside the database, under the data directory: attachments of returns and library originals. Uploads are
 * staged until accepted and typed by content; files no record points to are swept every night.
 */
package org.unodc.rt.infrastructure.files;
