package org.unodc.rt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Facelets are XML: a page that is not well formed (a duplicated attribute, an unclosed tag) only fails when a
 * user opens it, as "This page cannot be shown". This check fails the build instead, and names the page and line.
 */
class PageMarkupTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    @Test
    void everyPageAndTagIsWellFormedXml() throws IOException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Map<String, String> broken = new TreeMap<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : (Iterable<Path>) files.filter(PageMarkupTest::isMarkup)::iterator) {
                checked++;
                try {
                    builder.parse(file.toFile());
                } catch (SAXParseException e) {
                    broken.put(WEBAPP.relativize(file) + ":" + e.getLineNumber(), e.getMessage());
                } catch (SAXException e) {
                    broken.put(WEBAPP.relativize(file).toString(), e.getMessage());
                }
            }
        }
        assertThat(checked).as("pages found under " + WEBAPP).isGreaterThan(20);
        assertThat(broken).as("pages that are not well-formed XML").isEmpty();
    }

    private static boolean isMarkup(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".xhtml") || name.endsWith(".taglib.xml");
    }
}
