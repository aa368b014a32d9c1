/** Integration tests against the managed WildFly: the real EAR, a real database, real HTTP. */
package org.unodc.rt.it;
