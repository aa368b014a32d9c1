package org.unodc.rt.domain.state;

/** How a State expressed its consent to be bound, as deposited with the Secretary-General. */
public enum PartyAction {
    SIGNATURE_ONLY,
    RATIFICATION,
    ACCESSION,
    ACCEPTANCE,
    APPROVAL,
    /** Deposited by an international organization, such as the European Union, for the 1988 Convention. */
    FORMAL_CONFIRMATION,
    SUCCESSION;

    public boolean makesParty() {
        return this != SIGNATURE_ONLY;
    }
}
