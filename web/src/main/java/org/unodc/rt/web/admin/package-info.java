/** The secretariat's administration of reference data: Member States, party status to instruments, Commission sessions. */
package org.unodc.rt.web.admin;
