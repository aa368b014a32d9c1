/** The domain model, one package per aggregate, and the exceptions its rules raise. */
package org.unodc.rt.domain;
