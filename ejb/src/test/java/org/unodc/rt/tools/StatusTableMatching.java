package org.unodc.rt.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.ParticipantMatcher;
import org.unodc.rt.domain.state.StatusTable;

/**
 * An evaluation command, not a test: reads UN Treaty Collection status tables (such as those of
 * {@code ../shared/corpus/untc-status}) as the import does, matches their participants to the 193 Member States of the
 * platform's reference data (the migration that creates them), and prints per table the participants, parties,
 * latest date, the names matched to a State written otherwise, and the unmatched names. Without a server.
 *
 * <pre>
 * mvn -o -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/ejb-cp.txt
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat /tmp/ejb-cp.txt) \
 *     org.unodc.rt.tools.StatusTableMatching ../shared/corpus/untc-status/*.csv
 * </pre>
 */
public final class StatusTableMatching {

    private static final Pattern STATE = Pattern.compile("VALUES \\('(\\w{3})', '(\\w{2})', '\\d{3}', '\\w+',"
            + " '((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)', '((?:[^']|'')*)',"
            + " '((?:[^']|'')*)'\\)");

    private StatusTableMatching() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: StatusTableMatching <status table .csv> …");
            System.exit(2);
        }
        Map<String, String> english = new HashMap<>();
        Map<String, List<String>> unNames = new HashMap<>();
        Map<String, List<String>> otherNames = new HashMap<>();
        Properties former = new Properties();
        try (InputStream in = ParticipantMatcher.class.getResourceAsStream("former-names.properties")) {
            former.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String migration;
        try (InputStream in = StatusTableMatching.class.getResourceAsStream("/db/migration/V2__member_states.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher state = STATE.matcher(migration);
        while (state.find()) {
            String iso3 = state.group(1);
            String name = state.group(3).replace("''", "'");
            english.put(iso3, name);
            List<String> un = new ArrayList<>(List.of(name));
            String formerly = former.getProperty(iso3);
            if (formerly != null) {
                un.addAll(List.of(formerly.split("\\|")));
            }
            unNames.put(iso3, un);
            List<String> other = new ArrayList<>();
            for (int g = 4; g <= 8; g++) {
                other.add(state.group(g).replace("''", "'"));
            }
            Locale country = new Locale("", state.group(2));
            other.add(country.getDisplayCountry(Locale.ENGLISH));
            other.add(country.getDisplayCountry(Locale.FRENCH));
            otherNames.put(iso3, other);
        }
        ParticipantMatcher matcher = new ParticipantMatcher(unNames, otherNames);
        System.out.println("Member States read: " + english.size());
        for (String file : args) {
            StatusTable table = StatusTable.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            int matched = 0;
            int parties = 0;
            List<String> otherwise = new ArrayList<>();
            List<String> unmatched = new ArrayList<>();
            for (StatusTable.Row row : table.rows()) {
                Optional<String> iso3 = matcher.match(row.participant());
                if (iso3.isEmpty()) {
                    unmatched.add(row.participant());
                    continue;
                }
                matched++;
                if (row.party()) {
                    parties++;
                }
                if (!english.get(iso3.get()).equals(row.participant())) {
                    otherwise.add(row.participant() + " = " + english.get(iso3.get()));
                }
            }
            System.out.printf(
                    "%s: %d participants, %d matched (%d parties), latest date %s%n  matched though written otherwise:"
                            + " %s%n  unmatched: %s%n",
                    Path.of(file).getFileName(),
                    table.rows().size(),
                    matched,
                    parties,
                    table.latestDate(),
                    otherwise,
                    unmatched);
        }
    }
}
