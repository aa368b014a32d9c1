package org.unodc.rt.domain.state;

/** Where a party status comes from, told wherever the status is shown. */
public enum StatusSource {
    /** Imported from the status table of the UN Treaty Collection, the depositary's record. */
    UNTC,
    /** Entered by the secretariat by hand. */
    SECRETARIAT,
    /** Invented for the demonstration: not the real status. */
    DEMO
}
