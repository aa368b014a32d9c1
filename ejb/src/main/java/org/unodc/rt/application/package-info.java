/** Use-case services: they load aggregates, call the domain, store, audit; authorization is enforced here. */
package org.unodc.rt.application;
