package org.unodc.rt.domain.resolution.text;

/**
 * One line of the normalised text.
 *
 * @param text   the line without leading and trailing white space
 * @param indent how many spaces preceded it (drafts nested in a resolution are sometimes only indented)
 */
record Line(String text, int indent) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
