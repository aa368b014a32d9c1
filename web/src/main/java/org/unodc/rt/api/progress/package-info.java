/** The REST API of country profiles and of progress: per State, per regional group, across cycles. */
package org.unodc.rt.api.progress;
