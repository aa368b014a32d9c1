/** The Jakarta REST API under /api/v1: JSON in and out, errors as JSON a person can act on. */
package org.unodc.rt.api;
