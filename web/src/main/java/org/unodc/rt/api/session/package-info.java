/** Commission sessions over HTTP: read by anyone, planned and corrected by the secretariat. */
package org.unodc.rt.api.session;
