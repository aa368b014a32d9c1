package org.unodc.rt.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unodc.rt.application.LocalizedFormat;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.search.CrimeType;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.Facet;

/**
 * The words the interface shows for the codes the library stores and the index counts: a State's name for its ISO
 * code, a language's name for its ISO 639 code, the label of a crime type, document type, status or regional group,
 * all in the user's language. A code without a label is shown as it is, never hidden.
 */
@Named("labels")
@RequestScoped
public class Labels {

    /** International and regional instruments are filed under these codes instead of a State's. */
    public static final List<String> NOT_A_STATE = List.of("INT", "REG");

    /** An article tag: the instrument's code, "art." and the article's number ({@code UNCAC art. 14}). */
    private static final java.util.regex.Pattern ARTICLE_TAG =
            java.util.regex.Pattern.compile("([A-Za-z0-9]+)\\s+(?i:art(?:icle)?\\.?)\\s*(\\S.*)");

    @Inject
    UserSession session;

    @Inject
    MemberStateService states;

    private Map<String, MemberState> byIso3;
    private Map<String, RegionalGroup> groupsByEnglishName;

    public String country(String iso3) {
        if (iso3 == null) {
            return "";
        }
        if (NOT_A_STATE.contains(iso3)) {
            return text("country." + iso3, iso3);
        }
        MemberState state = states().get(iso3);
        return state == null
                ? iso3
                : state.name(UnLanguage.fromCode(session.getLanguage()).orElse(UnLanguage.EN));
    }

    /** "français", "Arabic", "葡萄牙文": the name of a language in the interface language. */
    /**
     * The direction of a text in the language with this code, for the {@code dir} attribute of the element that holds
     * it: "auto" when the language is not known (the browser then reads it from the first letter).
     */
    public String direction(String code) {
        return org.unodc.rt.domain.state.UnLanguage.fromCode(code)
                .map(l -> l.rightToLeft() ? "rtl" : "ltr")
                .orElse("auto");
    }

    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(session.getLocale());
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(session.getLocale()) + name.substring(1);
    }

    public String languages(List<String> codes) {
        return LocalizedFormat.list(
                session.getLocale(), codes.stream().map(this::language).toList());
    }

    public String crimeType(String code) {
        return CrimeType.fromCode(code).isPresent() ? text("crime." + code, code) : code;
    }

    public String crimeTypes(java.util.Collection<String> codes) {
        return LocalizedFormat.list(
                session.getLocale(),
                codes.stream().map(this::crimeType).sorted().toList());
    }

    public String type(String code) {
        return text("type." + code, code);
    }

    /** The status facet counts codes ({@code in-force}); documents hold the enum. */
    public String status(String code) {
        return DocumentStatus.fromCode(code)
                .map(s -> text("docstatus." + s.name(), code))
                .orElse(code);
    }

    public String regionalGroup(String englishName) {
        if (groupsByEnglishName == null) {
            groupsByEnglishName = Arrays.stream(RegionalGroup.values())
                    .collect(Collectors.toMap(RegionalGroup::englishName, Function.identity()));
        }
        RegionalGroup group = groupsByEnglishName.get(englishName);
        return group == null ? englishName : text("group." + group.name(), englishName);
    }

    /** The label of one value of a search facet. */
    public String facetValue(String facetKey, String value) {
        Facet facet = Facet.fromKey(facetKey).orElse(null);
        if (facet == null || value == null) {
            return value;
        }
        return switch (facet) {
            case COUNTRY -> country(value);
            case REGIONAL_GROUP -> regionalGroup(value);
            case TYPE -> type(value);
            case LANGUAGE -> language(value);
            case STATUS -> status(value);
            case CRIME_TYPE -> crimeType(value);
            case INSTRUMENT -> instrument(value);
            case ARTICLE -> article(value);
            case YEAR -> value;
        };
    }

    private Map<String, MemberState> states() {
        if (byIso3 == null) {
            byIso3 = states.list().stream().collect(Collectors.toMap(MemberState::iso3, Function.identity()));
        }
        return byIso3;
    }

    /** What an entry of the audit trail records, e.g. "Return submitted"; an action without a label shows its code. */
    public String auditAction(String code) {
        return code == null ? "" : text("audit." + code, code);
    }

    /** A State's assessment of its implementation of a paragraph; an unanswered question shows a dash. */
    public String implementationStatus(Object status) {
        return status == null ? "—" : text("implementationStatus." + status, status.toString());
    }

    /** An interface text by its bundle key, e.g. a column heading of an export. */
    public String text(String key) {
        return text(key, key);
    }

    /**
     * An instrument's short name in the interface language ("Convention contre la criminalité organisée"); an
     * instrument the bundles do not name keeps the English short name the secretariat gave it.
     */
    public String instrument(String code, String englishShortName) {
        return code == null ? englishShortName : text("instrument." + code, englishShortName);
    }

    /** An instrument by its code alone (a library tag, a resolution's citation): its name, or the code. */
    public String instrument(String code) {
        return instrument(code, code);
    }

    /** Instruments by their codes, named and joined as the language lists things ("A، B، C" in Arabic). */
    public String instruments(java.util.Collection<String> codes) {
        return LocalizedFormat.list(
                session.getLocale(),
                codes.stream().map(this::instrument).sorted().toList());
    }

    /**
     * An article of an instrument as the library tags it ({@code UNTOC art. 12}): "Organized Crime Convention art.
     * 12", "المادة 12 من اتفاقية الجريمة المنظمة"; a tag in another form is shown as it is.
     */
    public String article(String tag) {
        if (tag == null) {
            return "";
        }
        java.util.regex.Matcher m = ARTICLE_TAG.matcher(tag.strip());
        if (!m.matches()) {
            return tag;
        }
        return text("instrument.article", "{0} art. {1}")
                .replace("{0}", instrument(m.group(1)))
                .replace("{1}", m.group(2));
    }

    /** Articles in order, by instrument and then by number (art. 5 before art. 12). */
    public String articles(java.util.Collection<String> tags) {
        return LocalizedFormat.list(
                session.getLocale(),
                tags.stream().sorted(ARTICLE_ORDER).map(this::article).toList());
    }

    private static final java.util.Comparator<String> ARTICLE_ORDER = java.util.Comparator.comparing(
                    (String tag) -> tag.replaceAll("\\s.*", ""))
            .thenComparingInt(tag -> {
                java.util.regex.Matcher number =
                        java.util.regex.Pattern.compile("\\d+").matcher(tag);
                return number.find() ? Integer.parseInt(number.group()) : Integer.MAX_VALUE;
            })
            .thenComparing(java.util.Comparator.naturalOrder());

    /** Whether the bundles name the instrument in the interface language (otherwise its name is English). */
    public boolean instrumentNamed(String code) {
        return code != null && !text("instrument." + code, "").isEmpty();
    }

    /** A regional group by its code ({@code AFRICAN}), as exports and matrices carry it. */
    public String regionalGroupCode(String code) {
        return code == null ? "" : text("group." + code, code);
    }

    private String text(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, session.getLocale())
                    .getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
