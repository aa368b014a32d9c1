package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.unodc.rt.domain.resolution.text.Addressee;

/** A further instruction in a trailing clause (", and invites Member States to …"), with its own addressees. */
@Embeddable
public record Directive(
        @Column(name = "verb", length = 300, nullable = false) String verb,
        @Convert(converter = AddresseeListConverter.class) @Column(name = "addressees", length = 300)
                List<Addressee> addressees,
        @Column(name = "addressee_text", length = 1000) String addresseeText)
        implements java.io.Serializable {

    public Directive {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }
}
