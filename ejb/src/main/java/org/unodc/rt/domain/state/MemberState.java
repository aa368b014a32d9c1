package org.unodc.rt.domain.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;

/**
 * A Member State of the United Nations, identified by its ISO 3166 alpha-3 code. Names are kept as UN documents
 * print them, in the six official languages; the secretariat may correct them.
 */
@Entity
@Table(name = "member_state")
public class MemberState implements java.io.Serializable {

    @Id
    @Column(name = "iso3", length = 3)
    private String iso3;

    @Column(name = "iso2", length = 2, nullable = false, unique = true)
    private String iso2;

    @Column(name = "m49", length = 3, nullable = false, unique = true)
    private String m49;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group", length = 32, nullable = false)
    private RegionalGroup regionalGroup;

    @Column(name = "name_en", length = 200, nullable = false)
    private String nameEn;

    @Column(name = "name_fr", length = 200, nullable = false)
    private String nameFr;

    @Column(name = "name_es", length = 200, nullable = false)
    private String nameEs;

    @Column(name = "name_ru", length = 200, nullable = false)
    private String nameRu;

    @Column(name = "name_zh", length = 200, nullable = false)
    private String nameZh;

    @Column(name = "name_ar", length = 200, nullable = false)
    private String nameAr;

    /** The State's returns go to the secretariat only once a second focal point has cleared them. */
    @Column(name = "requires_clearance", nullable = false)
    private boolean requiresClearance;

    @Version
    private int version;

    protected MemberState() {}

    public String iso3() {
        return iso3;
    }

    public String iso2() {
        return iso2;
    }

    public String m49() {
        return m49;
    }

    public RegionalGroup regionalGroup() {
        return regionalGroup;
    }

    public String name(UnLanguage language) {
        return switch (language) {
            case AR -> nameAr;
            case ZH -> nameZh;
            case EN -> nameEn;
            case FR -> nameFr;
            case RU -> nameRu;
            case ES -> nameEs;
        };
    }

    public String englishName() {
        return nameEn;
    }

    public Map<UnLanguage, String> names() {
        Map<UnLanguage, String> names = new EnumMap<>(UnLanguage.class);
        for (UnLanguage language : UnLanguage.values()) {
            names.put(language, name(language));
        }
        return names;
    }

    /** Corrects the State's name in one language; UN names change (Türkiye, Czechia, Eswatini …). */
    public void rename(UnLanguage language, String name) {
        String cleaned = Objects.requireNonNull(name, "name").strip();
        if (cleaned.isEmpty()) {
            throw new RejectedArgument(Explanation.of("state.nameEmpty"));
        }
        switch (language) {
            case AR -> nameAr = cleaned;
            case ZH -> nameZh = cleaned;
            case EN -> nameEn = cleaned;
            case FR -> nameFr = cleaned;
            case RU -> nameRu = cleaned;
            case ES -> nameEs = cleaned;
        }
    }

    /** Moves the State to another regional group; groups change rarely, but counts by group depend on it. */
    public void countIn(RegionalGroup group) {
        this.regionalGroup = Objects.requireNonNull(group, "group");
    }

    /** The secretariat records whether the State wants a second focal point to clear each return. */
    public void requireClearance(boolean required) {
        this.requiresClearance = required;
    }

    public boolean requiresClearance() {
        return requiresClearance;
    }

    public int version() {
        return version;
    }
}
