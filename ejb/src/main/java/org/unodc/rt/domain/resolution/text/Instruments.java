package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The treaties a resolution can name, as codes (the strings of {@link ParsedResolution#instruments()}).
 * <ul>
 * <li>UNTOC: United Nations Convention against Transnational Organized Crime ("the Organized Crime Convention")</li>
 * <li>TIP: its Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children</li>
 * <li>SOM: its Protocol against the Smuggling of Migrants by Land, Sea and Air</li>
 * <li>FIREARMS: its Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and
 * Components and Ammunition</li>
 * <li>UNCAC: United Nations Convention against Corruption</li>
 * <li>DRUGS1988: United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of
 * 1988</li>
 * <li>SINGLE1961: Single Convention on Narcotic Drugs of 1961</li>
 * <li>PSYCHOTROPIC1971: Convention on Psychotropic Substances of 1971</li>
 * </ul>
 * "The Convention and the Protocols thereto", when the Convention is the Organized Crime Convention, names all three
 * Protocols.
 */
public enum Instruments {
    UNTOC(
            "United Nations Convention against Transnational Organized Crime",
            "(?i)Convention against Transnational Organi[sz]ed Crime|Organi[sz]ed Crime Convention|\\bUNTOC\\b"),
    TIP(
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            "(?i)Protocol to Prevent,? Suppress and Punish Trafficking in Persons|Trafficking in Persons Protocol"),
    SOM(
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            "(?i)Protocol against the Smuggling of Migrants|Smuggling of Migrants Protocol|Migrants Protocol"),
    FIREARMS(
            "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components"
                    + " and Ammunition",
            "(?i)Protocol against the Illicit Manufacturing of and Trafficking in Firearms|Firearms Protocol"),
    UNCAC("United Nations Convention against Corruption", "(?i)Convention against Corruption|\\bUNCAC\\b"),
    DRUGS1988(
            "United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988",
            "(?i)Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances|1988 Convention"),
    SINGLE1961("Single Convention on Narcotic Drugs of 1961", "(?i)Single Convention on Narcotic Drugs"),
    PSYCHOTROPIC1971("Convention on Psychotropic Substances of 1971", "(?i)Convention on Psychotropic Substances");

    /** All codes, in the order the parser lists them. */
    public static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        for (Instruments i : values()) {
            all.add(i.name());
        }
        ALL = List.copyOf(all);
    }

    private static final Pattern PROTOCOLS_THERETO = Pattern.compile(
            "(?i)\\bProtocols\\s+thereto\\b|\\bProtocols\\s+(?:supplementing|to)\\s+(?:the\\s+)?(?:United Nations\\s+)?"
                    + "(?:Convention against Transnational Organi[sz]ed Crime|Organi[sz]ed Crime Convention)"
                    + "|\\bthree\\s+Protocols\\b");

    private final String title;
    private final Pattern pattern;

    Instruments(String title, String regex) {
        this.title = title;
        this.pattern = Pattern.compile(regex);
    }

    /** The instrument's title. */
    public String title() {
        return title;
    }

    /** Codes of the instruments named in the texts, in the order of {@link #ALL}. */
    static List<String> find(Iterable<String> texts) {
        Set<Instruments> found = EnumSet.noneOf(Instruments.class);
        boolean protocolsThereto = false;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Instruments i : values()) {
                if (!found.contains(i) && i.pattern.matcher(text).find()) {
                    found.add(i);
                }
            }
            protocolsThereto =
                    protocolsThereto || PROTOCOLS_THERETO.matcher(text).find();
        }
        if (protocolsThereto && found.contains(UNTOC)) {
            found.add(TIP);
            found.add(SOM);
            found.add(FIREARMS);
        }
        List<String> codes = new ArrayList<>(found.size());
        for (Instruments i : found) {
            codes.add(i.name());
        }
        return codes;
    }
}
