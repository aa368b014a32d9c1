/** User accounts, their roles and the rules of signing in (lockout after repeated failures). */
package org.unodc.rt.domain.account;
