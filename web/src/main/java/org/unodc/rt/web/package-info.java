/** Faces views and their backing beans, one package per feature. */
package org.unodc.rt.web;
