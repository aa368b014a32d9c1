/** Pages of reporting cycles for the secretariat: list and set-up, questionnaire, completeness dashboard. */
package org.unodc.rt.web.cycle;
