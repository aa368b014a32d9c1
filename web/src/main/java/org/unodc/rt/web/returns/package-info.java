/** Pages of returns: the focal point's dashboard and return editor, the secretariat's review queue and review. */
package org.unodc.rt.web.returns;
