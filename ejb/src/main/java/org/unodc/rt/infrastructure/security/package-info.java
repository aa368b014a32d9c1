/** Authentication: password hashing and the database identity store behind Jakarta Security form login. */
package org.unodc.rt.infrastructure.security;
