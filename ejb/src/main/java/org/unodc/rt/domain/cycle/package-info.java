/**
 * Reporting cycles: for a Commission session, the resolutions covered, the questionnaire generated from the
 * paragraphs that direct Member States, the opening date, the deadline in Vienna time and the reminder schedule.
 */
package org.unodc.rt.domain.cycle;
