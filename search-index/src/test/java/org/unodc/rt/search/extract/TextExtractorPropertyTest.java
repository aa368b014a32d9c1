package org.unodc.rt.search.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The upload path under hostile input: whatever bytes arrive under whatever name, the extractor answers with text
 * or with a rejection that says what is wrong, never with another exception and never by hanging (the time limit
 * stops a parser that would).
 */
class TextExtractorPropertyTest {

    private static final List<String> NAMES = List.of(
            "law.pdf",
            "act.docx",
            "decree.doc",
            "strategy.odt",
            "case.rtf",
            "page.html",
            "notes.txt",
            "scan.png",
            "archive.zip",
            "no-extension",
            "ley.PDF",
            "закон.docx",
            "قانون.pdf",
            "法律.txt");

    private static TextExtractor extractor;
    private static List<byte[]> valid;

    @BeforeContainer
    static void prepare() throws IOException {
        extractor = new TextExtractor(ExtractionLimits.defaults());
        valid = List.of(
                TestFiles.pdf("The court ordered the confiscation of the proceeds of crime.", false),
                TestFiles.docx("Закон о противодействии легализации доходов"),
                TestFiles.odt("Estrategia nacional contra la minería ilegal"));
    }

    @AfterContainer
    static void close() {
        extractor.close();
    }

    /** Arbitrary bytes under any name. */
    @Property(tries = 300)
    void arbitraryBytesAreReadOrRejected(@ForAll("bytes") byte[] content, @ForAll("names") String name) {
        assertTextOrRejection(content, name);
    }

    /** A real PDF, DOCX or ODT with some of its bytes overwritten: the damaged files users really upload. */
    @Property(tries = 300)
    void damagedDocumentsAreReadOrRejected(@ForAll("damaged") byte[] content, @ForAll("names") String name) {
        assertTextOrRejection(content, name);
    }

    private static void assertTextOrRejection(byte[] content, String name) {
        try {
            ExtractedText text = extractor.extract(new ByteArrayInputStream(content), name);
            assertThat(text.text()).isNotNull();
        } catch (ExtractionRejectedException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            assertThat(rejected.reason()).isNotNull();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail; the extractor did", e);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4096);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<byte[]> original = Arbitraries.of(valid);
        Arbitrary<List<Integer>> positions = Arbitraries.integers()
                .between(0, Integer.MAX_VALUE)
                .list()
                .ofMinSize(1)
                .ofMaxSize(20);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return Combinators.combine(original, positions, value).as((bytes, at, b) -> {
            byte[] copy = bytes.clone();
            for (int position : at) {
                copy[position % copy.length] = b;
            }
            return copy;
        });
    }
}
