/** How people sign in: form login for pages, HTTP Basic for machine clients of the API. */
package org.unodc.rt.web.security;
