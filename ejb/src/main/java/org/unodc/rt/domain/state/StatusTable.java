package org.unodc.rt.domain.state;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/**
 * A treaty's status table as the UN Treaty Collection publishes it: one row per participant with the date it signed
 * and the date it deposited its instrument of ratification, acceptance (A), approval (AA), accession (a), formal
 * confirmation (c) or succession (d). Read whole or refused whole: one bad row refuses the table, naming every
 * problem with its line, so that nothing half-read is ever imported.
 */
public record StatusTable(List<Row> rows) {

    /** At most this many problems are told; a file in another layout would otherwise list every line. */
    static final int MAX_PROBLEMS = 20;

    private static final DateTimeFormatter UNTC_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /**
     * One participant's row.
     *
     * @param line the line of the file (the header is line 1)
     * @param participant the English name as the UN writes it, footnote markers and all
     * @param signed the date of signature, null if it did not sign
     * @param deposited the date of the deposit, null if it only signed
     * @param kind what it deposited; {@link PartyAction#SIGNATURE_ONLY} when it only signed
     */
    public record Row(int line, String participant, LocalDate signed, LocalDate deposited, PartyAction kind)
            implements Serializable {

        public boolean party() {
            return kind.makesParty();
        }

        /** The date of what the row records: the deposit, or the signature for a signatory. */
        public LocalDate actionDate() {
            return deposited != null ? deposited : signed;
        }
    }

    public StatusTable {
        rows = List.copyOf(rows);
    }

    /** Reads the CSV text of a status table (header row, then Participant, Signature, deposit). */
    public static StatusTable read(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidValue(Explanation.of("untc.empty"));
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> records;
        try {
            records = Csv.parse(text);
        } catch (IllegalArgumentException unclosedQuote) {
            throw new InvalidValue(Explanation.of("untc.unclosedQuote", unclosedQuote.getMessage()));
        }
        if (records.isEmpty()) {
            throw new InvalidValue(Explanation.of("untc.empty"));
        }
        checkHeader(records.get(0));
        List<Explanation> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            int line = i + 1;
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            readRow(line, cells, problems).ifPresent(row -> {
                if (!seen.add(ParticipantMatcher.key(row.participant()))) {
                    problems.add(Explanation.of("untc.duplicate", line, row.participant()));
                } else {
                    rows.add(row);
                }
            });
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw new InvalidValue(Explanation.of("untc.noRows"));
        }
        if (!problems.isEmpty()) {
            List<Explanation> told = problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS));
            throw new InvalidValue(Explanation.of("untc.problems", problems.size(), Explanation.list(told)));
        }
        return new StatusTable(rows);
    }

    private static void checkHeader(List<String> header) {
        String deposit = header.size() < 3 ? "" : header.get(2).toLowerCase(Locale.ROOT);
        boolean participant =
                !header.isEmpty() && header.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase("Participant");
        boolean signature = header.size() >= 2 && header.get(1).strip().equalsIgnoreCase("Signature");
        if (header.size() != 3
                || !participant
                || !signature
                || !(deposit.contains("ratification") || deposit.contains("accession"))) {
            throw new InvalidValue(Explanation.of("untc.header", String.join(",", header)));
        }
    }

    private static Optional<Row> readRow(int line, List<String> cells, List<Explanation> problems) {
        if (cells.size() != 3) {
            problems.add(Explanation.of("untc.columns", line, cells.size()));
            return Optional.empty();
        }
        String participant = cells.get(0).strip().replaceAll("\\s+", " ");
        if (participant.isEmpty() || ParticipantMatcher.key(participant).isEmpty()) {
            problems.add(Explanation.of("untc.noParticipant", line));
            return Optional.empty();
        }
        int before = problems.size();
        LocalDate signed = date(line, cells.get(1).strip(), problems);
        String deposit = cells.get(2).strip();
        LocalDate deposited = null;
        PartyAction kind = PartyAction.SIGNATURE_ONLY;
        if (!deposit.isEmpty()) {
            int space = deposit.lastIndexOf(' ');
            String last = space < 0 ? "" : deposit.substring(space + 1);
            Optional<PartyAction> marked = kindOf(last);
            boolean lettered = last.matches("\\p{L}{1,3}");
            String datePart = lettered ? deposit.substring(0, space).strip() : deposit;
            if (marked.isEmpty() && lettered) {
                problems.add(Explanation.of("untc.kind", line, last));
            }
            deposited = date(line, datePart, problems);
            kind = marked.orElse(PartyAction.RATIFICATION);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (signed == null && deposited == null) {
            problems.add(Explanation.of("untc.noDates", line, participant));
            return Optional.empty();
        }
        if (signed != null && deposited != null && deposited.isBefore(signed)) {
            problems.add(Explanation.of("untc.depositBeforeSignature", line, participant));
            return Optional.empty();
        }
        return Optional.of(new Row(line, participant, signed, deposited, kind));
    }

    /** The letter the UNTC writes after a deposit date; none means ratification. */
    static Optional<PartyAction> kindOf(String marker) {
        return switch (marker) {
            case "a" -> Optional.of(PartyAction.ACCESSION);
            case "A" -> Optional.of(PartyAction.ACCEPTANCE);
            case "AA" -> Optional.of(PartyAction.APPROVAL);
            case "c" -> Optional.of(PartyAction.FORMAL_CONFIRMATION);
            case "d" -> Optional.of(PartyAction.SUCCESSION);
            default -> Optional.empty();
        };
    }

    private static LocalDate date(int line, String text, List<Explanation> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replaceAll("\\s+", " "), UNTC_DATE);
        } catch (DateTimeParseException e) {
            problems.add(Explanation.of("untc.date", line, text));
            return null;
        }
    }

    /** The latest date in the table: the status it shows is of that day or later. */
    public LocalDate latestDate() {
        return rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.signed(), r.deposited()))
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** RFC 4180 records: commas, double quotes around a cell that holds a comma or quote, "" for a quote. */
    static final class Csv {

        private Csv() {}

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int quoteLine = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    quoted = true;
                    quoteLine = line;
                    cell.setLength(0);
                } else if (c == ',') {
                    record.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    record.add(cell.toString());
                    cell.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    line++;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException(String.valueOf(quoteLine));
            }
            if (cell.length() > 0 || !record.isEmpty()) {
                record.add(cell.toString());
                records.add(record);
            }
            return records;
        }
    }
}
