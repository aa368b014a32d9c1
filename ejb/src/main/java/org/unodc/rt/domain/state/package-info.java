/** Member States, the instruments they can be party to, and their party status: the platform's reference data. */
package org.unodc.rt.domain.state;
