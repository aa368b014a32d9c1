/** Per-address rate limits counted in the database, shared by every server of a cluster. */
package org.unodc.rt.infrastructure.ratelimit;
