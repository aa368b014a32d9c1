package org.unodc.rt.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;

class StatusTableTest {

    private static final String HEADER =
            "Participant,Signature,\"Ratification, Acceptance(A), Approval(AA), Accession(a), Succession(d)\"\n";

    @Test
    void readsEachKindOfDepositAndASignatureAlone() {
        StatusTable table = StatusTable.read(HEADER
                + "Albania,12 Dec 2000,21 Aug 2002\n"
                + "Bahrain,,7 Jun 2004 a\n"
                + "Czech Republic,12 Dec 2000,24 Sep 2013 AA\n"
                + "Bosnia and Herzegovina,12 Dec 2000,24 Apr 2002 d\n"
                + "Japan,12 Dec 2000,11 Jul 2017 A\n"
                + "Bhutan,15 Nov 2001,\n");

        assertThat(table.rows())
                .extracting(StatusTable.Row::participant, StatusTable.Row::kind, StatusTable.Row::actionDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Albania", PartyAction.RATIFICATION, LocalDate.of(2002, 8, 21)),
                        org.assertj.core.groups.Tuple.tuple("Bahrain", PartyAction.ACCESSION, LocalDate.of(2004, 6, 7)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Czech Republic", PartyAction.APPROVAL, LocalDate.of(2013, 9, 24)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Bosnia and Herzegovina", PartyAction.SUCCESSION, LocalDate.of(2002, 4, 24)),
                        org.assertj.core.groups.Tuple.tuple("Japan", PartyAction.ACCEPTANCE, LocalDate.of(2017, 7, 11)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Bhutan", PartyAction.SIGNATURE_ONLY, LocalDate.of(2001, 11, 15)));
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).signed()).isEqualTo(LocalDate.of(2000, 12, 12));
        assertThat(table.rows().get(1).signed()).isNull();
        assertThat(table.rows().get(5).party()).isFalse();
        assertThat(table.rows().get(5).deposited()).isNull();
        assertThat(table.latestDate()).isEqualTo(LocalDate.of(2017, 7, 11));
    }

    @Test
    void readsTheOtherHeadersFormalConfirmationQuotedNamesAndWindowsLineEnds() {
        StatusTable table = StatusTable.read(
                "Participant,Signature,\"Ratification, Accession(a), Acceptance(A), Approval(AA), Formal confirmation(c),"
                        + " Succession(d)\"\r\n"
                        + "European Union,8 Jun 1989,31 Dec 1990 c\r\n"
                        + "\"Korea, Republic of\",,28 Feb 1998 a\r\n"
                        + "\r\n");

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).kind()).isEqualTo(PartyAction.FORMAL_CONFIRMATION);
        assertThat(table.rows().get(1).participant()).isEqualTo("Korea, Republic of");
    }

    @Test
    void refusesATableInAnotherLayout() {
        assertThatThrownBy(() -> StatusTable.read("iso3,instrument,date,action\nPER,UNTOC,2002-01-23,RATIFICATION\n"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("header")
                .hasMessageContaining("iso3,instrument,date,action");
    }

    @Test
    void refusesAnEmptyBodyAndAHeaderAlone() {
        assertThatThrownBy(() -> StatusTable.read(" \n"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> StatusTable.read(HEADER))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("no participant");
    }

    @Test
    void namesEveryBadLineAndReadsNothing() {
        assertThatThrownBy(() -> StatusTable.read(HEADER
                        + "Albania,12 Dec 2000,21 Aug 2002\n"
                        + "Algeria,12/12/2000,7 Oct 2002\n"
                        + "Andorra,11 Nov 2001,22 Sep 2011 x\n"
                        + "Angola,13 Dec 2000\n"
                        + "Argentina,,\n"
                        + "Albania,12 Dec 2000,21 Aug 2002\n"
                        + "Armenia,15 Nov 2001,1 Jul 2000\n"))
                .isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).explanation().text(Locale.ENGLISH))
                        .contains("6 problem(s)")
                        .contains("line 3: \"12/12/2000\" is not a date")
                        .contains("line 4: \"x\" is not a kind of deposit")
                        .contains("line 5 has 2 cells instead of 3")
                        .contains("line 6: Argentina has neither a signature nor a deposit")
                        .contains("line 7: Albania is listed twice")
                        .contains("line 8: Armenia deposited before it signed"));
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> StatusTable.read(HEADER + "\"Albania,12 Dec 2000,21 Aug 2002\n"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("not valid CSV");
    }

    @Test
    void aFootnoteMarkerDoesNotMakeTheSameParticipantNew() {
        assertThatThrownBy(() -> StatusTable.read(HEADER + "Belgium,12 Dec 2000,11 Aug 2004\nBelgium 2,12 Dec 2000,\n"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("line 3: Belgium 2 is listed twice");
    }
}
