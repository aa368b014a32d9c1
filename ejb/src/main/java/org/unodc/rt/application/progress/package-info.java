/**
 * Where implementation stands, from what States allowed to be published: a State's profile (party status, cycles,
 * paragraph statuses, library documents), progress per State and regional group, and its trend across cycles.
 */
package org.unodc.rt.application.progress;
