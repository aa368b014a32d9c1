package org.unodc.rt.domain.state;

/** How a State expressed its consent to be bound, as deposited with the Secretary-General. */
public enum PartyAction {
    SIGNATURE_ONLY,
    RATIFICATION,
    ACCESSION,
    ACCEPTANCE,
    APPROVAL,
    SUCCESSION;

    public boolean makesParty() {
        return this != SIGNATURE_ONLY;
    }
}
