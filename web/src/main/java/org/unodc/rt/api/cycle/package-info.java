/** REST resources of reporting cycles: the questionnaire, set-up by the secretariat, completeness. */
package org.unodc.rt.api.cycle;
