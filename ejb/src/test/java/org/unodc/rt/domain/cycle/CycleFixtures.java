package org.unodc.rt.domain.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.unodc.rt.domain.resolution.Directive;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.session.CommissionSession;

/** A cycle for the 35th session in January 2026 and the resolution it covers, for the tests of cycles and their services. */
public final class CycleFixtures {

    public static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");
    public static final LocalDate OPENS = LocalDate.of(2026, 1, 15);
    public static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    /** E/RES/2013/38 in short: paragraph 1 directs States in its opening, 2 in a trailing clause, 3 not at all. */
    public static Resolution preciousMetals() {
        Resolution resolution = new Resolution(
                ResolutionBody.ECOSOC,
                "2013/38",
                "Combating transnational organized crime and its possible links to illicit trafficking in precious"
                        + " metals",
                ResolutionStatus.ADOPTED,
                NOW);
        resolution.describe("E/RES/2013/38", LocalDate.of(2013, 7, 25), null, null, null, List.of());
        resolution.addOperativeParagraph(
                1,
                "Encourages",
                List.of(Addressee.MEMBER_STATES),
                "Member States",
                "Encourages Member States to consider adopting measures against illicit trafficking in precious metals",
                List.of(),
                List.of());
        resolution.addOperativeParagraph(
                2,
                "Requests",
                List.of(Addressee.UNODC),
                "the United Nations Office on Drugs and Crime",
                "Requests the Office to study the links, and invites Member States to share their experience",
                List.of(new Directive("invites", List.of(Addressee.MEMBER_STATES), "Member States")),
                List.of());
        resolution.addOperativeParagraph(
                3,
                "Requests",
                List.of(Addressee.SECRETARY_GENERAL),
                "the Secretary-General",
                "Requests the Secretary-General to report to the Commission at its twenty-fourth session",
                List.of(),
                List.of());
        return resolution;
    }

    public static ReportingCycle draftCycle() {
        return new ReportingCycle(
                new CommissionSession(35, 2026), "Reporting for the 35th session", OPENS, DEADLINE, NOW);
    }

    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private CycleFixtures() {}
}
