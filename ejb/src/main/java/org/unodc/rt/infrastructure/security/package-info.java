/** Password hashing (PBKDF2); the account service checks passwords with it for every way of signing in. */
package org.unodc.rt.infrastructure.security;
