/**
 * Persistence: the JPA implementations of the domain's repositories (one per aggregate, with the {@code select new}
 * read models screens list), and the versioned schema migrations that run before JPA validates the schema.
 */
package org.unodc.rt.infrastructure.persistence;
