/** Inviting people, setting and resetting passwords through single-use e-mail links, administering accounts. */
package org.unodc.rt.application.account;
