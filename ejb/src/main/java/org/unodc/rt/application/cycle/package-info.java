/** Use cases of the secretariat running a reporting cycle: set-up, questionnaire, publishing, opening, reminders. */
package org.unodc.rt.application.cycle;
