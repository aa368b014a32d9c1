package org.unodc.rt.domain.resolution.text;

import java.util.List;
import java.util.Objects;

/**
 * A further directive in a trailing clause of an operative paragraph, e.g. the
 * ", and invites Member States to ..." of "1. Urges States parties ..., and invites Member States to ...".
 *
 * @param verb          the verb as written, e.g. "invites", "also requests"
 * @param addressees    canonical addressees, in the order they are named
 * @param addresseeText the raw addressee phrase, e.g. "Member States that have not yet done so"
 */
public record Directive(String verb, List<Addressee> addressees, String addresseeText) implements java.io.Serializable {
    public Directive {
        Objects.requireNonNull(verb, "verb");
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }
}
