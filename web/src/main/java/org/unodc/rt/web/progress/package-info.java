/** The pages of country profiles, the progress map and implementation across cycles. */
package org.unodc.rt.web.progress;
