/** The public home page. */
package org.unodc.rt.web.home;
