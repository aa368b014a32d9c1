package org.unodc.rt.domain.account;

/** A focal point to write to: the State it reports for, its address and name (see {@link FocalPoints}). */
public record FocalPoint(String stateIso3, String email, String displayName) {}
