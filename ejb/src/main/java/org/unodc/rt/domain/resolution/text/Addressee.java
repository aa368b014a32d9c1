package org.unodc.rt.domain.resolution.text;

/**
 * Canonical code of whoever an operative verb directs ("Invites Member States to ...").
 * The raw phrase is kept alongside (see {@link OperativeParagraph#addresseeText()}).
 */
public enum Addressee {
    /** "Member States", "States parties", "all States", "Governments", "States". */
    MEMBER_STATES,
    /** "the United Nations Office on Drugs and Crime", "UNODC", "the Office". */
    UNODC,
    /** "the Executive Director (of the United Nations Office on Drugs and Crime)". */
    EXECUTIVE_DIRECTOR,
    /** "the Secretary-General". */
    SECRETARY_GENERAL,
    /** "the United Nations Interregional Crime and Justice Research Institute", "UNICRI". */
    UNICRI,
    /** "donors", "other donors", "the donor community". */
    DONORS,
    /** Anyone else named as addressee: "the Conference of the Parties", "relevant international organizations" ... */
    OTHER
}
