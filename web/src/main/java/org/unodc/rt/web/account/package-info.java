/** Pages of accounts: choosing a password from an e-mail link, asking for a reset, the secretariat's list of users. */
package org.unodc.rt.web.account;
