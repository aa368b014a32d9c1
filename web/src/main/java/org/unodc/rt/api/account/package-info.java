/** REST resources of accounts: the secretariat invites and administers users; anybody asks for a password reset. */
package org.unodc.rt.api.account;
