package org.unodc.rt.domain.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A treaty whose implementation the platform follows: the Organized Crime Convention, its Protocols and others. */
@Entity
@Table(name = "instrument")
public class Instrument implements java.io.Serializable {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "short_name", length = 100, nullable = false)
    private String shortName;

    @Column(name = "name_en", length = 400, nullable = false)
    private String nameEn;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    /** A Protocol names the Convention it supplements; a State can only be party to it if party to the parent. */
    @Column(name = "parent_code", length = 20)
    private String parentCode;

    @Column(name = "position", nullable = false)
    private int position;

    /** The UN Treaty Collection's number (XVIII-12), by which its status page is found. */
    @Column(name = "untc_number", length = 20)
    private String untcNumber;

    protected Instrument() {}

    public String code() {
        return code;
    }

    public String shortName() {
        return shortName;
    }

    public String englishName() {
        return nameEn;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public String parentCode() {
        return parentCode;
    }

    public int position() {
        return position;
    }

    public String untcNumber() {
        return untcNumber;
    }

    /** The instrument's status page at the UN Treaty Collection, the depositary's record; null if unknown. */
    public String untcStatusPage() {
        if (untcNumber == null) {
            return null;
        }
        String chapter = untcNumber.substring(0, untcNumber.indexOf('-'));
        int number =
                switch (chapter) {
                    case "VI" -> 6;
                    case "XVIII" -> 18;
                    default -> 0;
                };
        return "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=" + untcNumber + "&chapter=" + number
                + "&clang=_en";
    }
}
