package org.unodc.rt.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.audit.Audited;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.StatusSource;
import org.unodc.rt.domain.state.StatusTableImported;

class PartyStatusImportTest {

    private static final String HEADER =
            "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

    private final InMemoryMemberStates states = new InMemoryMemberStates();
    private final RecordingEvent<Audited> events = new RecordingEvent<>();
    private final PartyStatusImport importer = new PartyStatusImport();
    private final Instrument convention = Entities.with(
            Entities.with(
                    Entities.with(Entities.blank(Instrument.class), "code", "UNTOC"),
                    "adoptedOn",
                    LocalDate.of(2000, 11, 15)),
            "shortName",
            "Organized Crime Convention");

    PartyStatusImportTest() {
        state("PER", "PE", "Peru");
        state("BOL", "BO", "Bolivia (Plurinational State of)");
        state("TUR", "TR", "Türkiye");
        state("FRA", "FR", "France");
        states.instruments.put("UNTOC", convention);
        importer.states = states;
        importer.events = events;
        importer.caller = SignedIn.as("secretariat", Role.SECRETARIAT);
        importer.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void importsPartiesAndSignatoriesListsTheUnmatchedAndKeepsEveryChange() {
        PartyStatusImport.Result result = importer.importTable(
                "UNTOC",
                HEADER + "Peru,14 Dec 2000,23 Jan 2002\n"
                        + "Bolivia (Plurinational State of),12 Dec 2000,10 Oct 2005\n"
                        + "Turkey 1,13 Dec 2000,\n"
                        + "European Union,12 Dec 2000,21 May 2004 AA\n",
                null,
                false);

        assertThat(result.asOf()).isEqualTo(LocalDate.of(2005, 10, 10));
        assertThat(result.participants()).isEqualTo(4);
        assertThat(result.parties()).isEqualTo(2);
        assertThat(result.signatories()).isEqualTo(1);
        assertThat(result.changes()).isEqualTo(3);
        assertThat(result.unmatched()).containsExactly(new PartyStatusImport.Unmatched(5, "European Union", true));
        PartyStatus turkey = states.partyStatusOf("TUR").get(0);
        assertThat(turkey.action()).isEqualTo(PartyAction.SIGNATURE_ONLY);
        assertThat(turkey.signedOn()).isEqualTo(LocalDate.of(2000, 12, 13));
        PartyStatus peru = states.partyStatusOf("PER").get(0);
        assertThat(peru.source()).isEqualTo(StatusSource.UNTC);
        assertThat(peru.asOf()).isEqualTo(LocalDate.of(2005, 10, 10));
        assertThat(peru.signedOn()).isEqualTo(LocalDate.of(2000, 12, 14));
        assertThat(states.changes).hasSize(3);
        assertThat(states.latestImport("UNTOC").orElseThrow().unmatched()).containsExactly("European Union");
        assertThat(events.fired).containsExactly(new StatusTableImported("UNTOC", LocalDate.of(2005, 10, 10), 2, 3, 1));
    }

    @Test
    void aLaterTableChangesWhatChangedRemovesWhoIsNoLongerListedAndKeepsTheHistory() {
        importer.importTable("UNTOC", HEADER + "Peru,14 Dec 2000,23 Jan 2002\nFrance,12 Dec 2000,\n", null, false);

        PartyStatusImport.Result later = importer.importTable(
                "UNTOC",
                HEADER + "Peru,14 Dec 2000,23 Jan 2002\nTürkiye,13 Dec 2000,25 Mar 2003\n",
                LocalDate.of(2014, 1, 27),
                false);

        assertThat(later.changes()).isEqualTo(2);
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2014, 1, 27));
        assertThat(states.partyStatusOf("FRA")).isEmpty();
        assertThat(states.partyStatusOf("PER").get(0).asOf()).isEqualTo(LocalDate.of(2014, 1, 27));
        assertThat(states.changesTo("UNTOC"))
                .extracting(c -> c.stateIso3() + " " + c.actionBefore() + " -> " + c.actionAfter())
                .containsExactly(
                        "FRA SIGNATURE_ONLY -> null",
                        "TUR null -> RATIFICATION",
                        "FRA null -> SIGNATURE_ONLY",
                        "PER null -> RATIFICATION");
    }

    @Test
    void aDryRunTellsTheSameAndChangesNothing() {
        PartyStatusImport.Result dry = importer.importTable(
                "UNTOC", HEADER + "Peru,14 Dec 2000,23 Jan 2002\nNiue,,\"16 Jul 2012 a\"\n", null, true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.parties()).isEqualTo(1);
        assertThat(dry.changes()).isEqualTo(1);
        assertThat(dry.unmatched())
                .extracting(PartyStatusImport.Unmatched::participant)
                .containsExactly("Niue");
        assertThat(states.partyStatus).isEmpty();
        assertThat(states.changes).isEmpty();
        assertThat(states.imports).isEmpty();
        assertThat(events.fired).isEmpty();
    }

    @Test
    void aBadTableSavesNothing() {
        assertThatThrownBy(() -> importer.importTable(
                        "UNTOC", HEADER + "Peru,14 Dec 2000,23 Jan 2002\nFrance,sometime,\n", null, false))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> importer.importTable("UNTOC", HEADER + "Peru,14 Dec 1999,23 Jan 2002\n", null, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> importer.importTable(
                        "UNTOC", HEADER + "Peru,14 Dec 2000,23 Jan 2002\n", LocalDate.of(2001, 1, 1), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2002-01-23");
        assertThatThrownBy(() -> importer.importTable("NOPE", HEADER + "Peru,14 Dec 2000,\n", null, false))
                .isInstanceOf(NotFoundException.class);
        assertThat(states.partyStatus).isEmpty();
        assertThat(states.changes).isEmpty();
    }

    private void state(String iso3, String iso2, String english) {
        MemberState state = Entities.blank(MemberState.class);
        Entities.with(state, "iso3", iso3);
        Entities.with(state, "iso2", iso2);
        for (String field : new String[] {"nameEn", "nameFr", "nameEs", "nameRu", "nameZh", "nameAr"}) {
            Entities.with(state, field, english);
        }
        states.states.put(iso3, state);
    }
}
