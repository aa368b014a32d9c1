/** Database set-up: versioned migrations run before JPA validates the schema. */
package org.unodc.rt.infrastructure.persistence;
