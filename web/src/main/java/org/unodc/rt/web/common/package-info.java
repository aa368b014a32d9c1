/** What every page shares: the signed-in user, the interface language, messages. */
package org.unodc.rt.web.common;
