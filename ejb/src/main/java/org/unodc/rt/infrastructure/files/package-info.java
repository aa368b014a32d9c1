/** Files kept outside the database: attachments of returns, stored under the data directory and typed by content. */
package org.unodc.rt.infrastructure.files;
