package org.unodc.rt.domain.resolution.text;

/** Whom an operative paragraph directs, in canonical form. */
public enum Addressee {
    MEMBER_STATES,
    UNODC,
    EXECUTIVE_DIRECTOR,
    SECRETARY_GENERAL,
    UNICRI,
    DONORS,
    OTHER
}
