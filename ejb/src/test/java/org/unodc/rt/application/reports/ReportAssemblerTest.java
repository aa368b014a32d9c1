package org.unodc.rt.application.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.session.CommissionSession;
import org.unodc.rt.reports.data.AdoptingOrgan;
import org.unodc.rt.reports.data.ReportingEntity;

class ReportAssemblerTest {

    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00Z");
    private static final CommissionSession THIRTY_FIFTH = new CommissionSession(35, 2026);

    @Test
    void aResolutionIsNamedByNumberElseSymbolElseTitleWithTheOrganThatAdoptedIt() {
        Resolution adopted =
                new Resolution(ResolutionBody.ECOSOC, "2013/38", "Precious metals", ResolutionStatus.ADOPTED, NOW);
        Resolution draft = new Resolution(
                ResolutionBody.CCPCJ, null, "Precious metals supply chains", ResolutionStatus.DRAFT, NOW);

        assertThat(ReportAssembler.reference(adopted).fullReference())
                .isEqualTo("Economic and Social Council resolution 2013/38");
        assertThat(ReportAssembler.reference(draft).organ()).isEqualTo(AdoptingOrgan.COMMISSION);
        assertThat(ReportAssembler.reference(draft).reference())
                .isEqualTo("the draft resolution entitled \u201CPrecious metals supply chains\u201D")
                .doesNotContain("resolution draft resolution");
    }

    @Test
    void onlyARequestForThisSessionIsQuotedButTheEntityItNamesReports() {
        Resolution resolution =
                new Resolution(ResolutionBody.ECOSOC, "2013/38", "Precious metals", ResolutionStatus.ADOPTED, NOW);
        resolution.addMandate(11, "Executive Director", "CCPCJ", 24);

        assertThat(ReportAssembler.isDueAt(resolution, THIRTY_FIFTH)).isFalse();
        assertThat(ReportAssembler.mandate(resolution, THIRTY_FIFTH)).isNull();
        assertThat(ReportAssembler.reportingEntity(resolution, THIRTY_FIFTH))
                .isEqualTo(ReportingEntity.EXECUTIVE_DIRECTOR);

        resolution.addMandate(12, "Secretary-General", "CCPCJ", 35);
        resolution.addMandate(13, "Secretary-General", "GA", 35);
        assertThat(ReportAssembler.isDueAt(resolution, THIRTY_FIFTH)).isTrue();
        assertThat(ReportAssembler.mandate(resolution, THIRTY_FIFTH).paragraphNumber())
                .isEqualTo(12);
        assertThat(ReportAssembler.reportingEntity(resolution, THIRTY_FIFTH))
                .isEqualTo(ReportingEntity.SECRETARY_GENERAL);
    }

    @Test
    void aRequestToTheOfficeIsAnsweredByANoteByTheSecretariat() {
        Resolution resolution = new Resolution(
                ResolutionBody.CCPCJ, null, "Tenth anniversary of the Convention", ResolutionStatus.ADOPTED, NOW);
        resolution.addMandate(9, "UNODC", "CCPCJ", 35);

        assertThat(ReportAssembler.reportingEntity(resolution, THIRTY_FIFTH).documentType())
                .isEqualTo("Note by the Secretariat");
    }
}
