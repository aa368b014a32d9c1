/** Sends notifications through the server's Jakarta Mail session {@code java:jboss/mail/rt}. */
package org.unodc.rt.infrastructure.mail;
