/** Pages on Member States and their party status. */
package org.unodc.rt.web.state;
