/**
 * Implementation returns: one Member State's answers in one reporting cycle, their lifecycle (draft, submitted,
 * clarification requested, accepted), the immutable snapshot of every submitted version, review comments, and the
 * completeness figures of a cycle.
 */
package org.unodc.rt.domain.returns;
