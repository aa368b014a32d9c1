package org.unodc.rt.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.InvalidValue;

class AttachmentPolicyTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void acceptsTheFiveKindsWhenNameAndContentAgree() {
        assertThat(AttachmentPolicy.check("Ley 30077.pdf", "application/pdf", 1200))
                .isEqualTo("application/pdf");
        assertThat(AttachmentPolicy.check("decreto.DOCX", DOCX, 1200)).isEqualTo(DOCX);
        assertThat(AttachmentPolicy.check("loi.odt", "application/vnd.oasis.opendocument.text", 10))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(AttachmentPolicy.check("scan.png", "image/png", 10)).isEqualTo("image/png");
        assertThat(AttachmentPolicy.check("scan.jpg", "image/jpeg", 10)).isEqualTo("image/jpeg");
        assertThat(AttachmentPolicy.check("scan.jpeg", "image/jpeg; charset=binary", 10))
                .isEqualTo("image/jpeg");
    }

    @Test
    void aWordDocumentNamedPdfIsRefusedSayingWhatItIsAndWhatIsAccepted() {
        assertThatThrownBy(() -> AttachmentPolicy.check("law.pdf", DOCX, 5000))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("\"law.pdf\" is a Word document (DOCX) by its content, but its name says .pdf. Rename it"
                        + " to .docx or attach the right file. Accepted: PDF, DOCX, ODT, PNG or JPEG files of at most"
                        + " 20 MB.");
    }

    @Test
    void aProgramIsRefusedWhateverItIsCalled() {
        assertThatThrownBy(() -> AttachmentPolicy.check("law.pdf", "application/x-msdownload", 5000))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("\"law.pdf\" is not a file that can be attached (its content is application/x-msdownload)."
                        + " Accepted: PDF, DOCX, ODT, PNG or JPEG files of at most 20 MB.");
        assertThatThrownBy(() -> AttachmentPolicy.check("setup.exe", "application/x-dosexec", 5000))
                .hasMessageContaining("Accepted: PDF, DOCX, ODT, PNG or JPEG");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedAndExactlyTwentyIsAccepted() {
        assertThat(AttachmentPolicy.check("big.pdf", "application/pdf", AttachmentPolicy.MAX_BYTES))
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> AttachmentPolicy.check("big.pdf", "application/pdf", AttachmentPolicy.MAX_BYTES + 1))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("\"big.pdf\" is larger than 20 MB.");
    }

    @Test
    void anEmptyFileOrAMissingNameIsRefused() {
        assertThatThrownBy(() -> AttachmentPolicy.check("empty.pdf", "", 0)).hasMessage("\"empty.pdf\" is empty.");
        assertThatThrownBy(() -> AttachmentPolicy.check(" ", "application/pdf", 10))
                .hasMessageStartingWith("Give the file's name");
    }

    @Test
    void aNameWithoutExtensionIsRefusedEvenForAGoodContent() {
        assertThatThrownBy(() -> AttachmentPolicy.check("law", "application/pdf", 10))
                .hasMessageStartingWith(
                        "\"law\" is a PDF by its content, but its name has no extension. Rename it to .pdf");
    }
}
