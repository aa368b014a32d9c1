package org.unodc.rt.domain.account;

/** Where an account stands, as the secretariat sees it in the list of users. */
public enum AccountStatus {
    /** Created by the secretariat; the person has not set a password yet. */
    INVITED,
    ACTIVE,
    /** Too many wrong passwords in a row; signs in again after the lockout or when the secretariat unlocks it. */
    LOCKED,
    /** May not sign in until the secretariat reactivates it. */
    DEACTIVATED
}
