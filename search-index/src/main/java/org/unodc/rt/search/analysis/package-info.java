/**
 * Text analysis per UN language (Arabic, Chinese, English, French, Russian, Spanish) and the
 * language-neutral ICU fallback, and the naming rule that ties a field to its language.
 */
package org.unodc.rt.search.analysis;
