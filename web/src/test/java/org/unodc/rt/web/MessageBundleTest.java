package org.unodc.rt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.search.CrimeType;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.search.Facet;
import org.unodc.rt.web.common.Labels;
import org.unodc.rt.web.library.LibraryAdministration;

/** The build fails when a page uses interface text that the bundles do not define. */
class MessageBundleTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void everyKeyAPageUsesIsInTheBundle() throws IOException {
        Properties bundle = load("/org/unodc/rt/web/messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            pages.filter(p -> p.toString().endsWith(".xhtml")).forEach(page -> {
                Matcher matcher = KEY.matcher(read(page));
                while (matcher.find()) {
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(WEBAPP.relativize(page) + ": " + matcher.group(1));
                    }
                }
            });
        }
        assertThat(missing)
                .as("keys used in pages but missing from messages.properties")
                .isEmpty();
    }

    /** Keys Java code shows with Messages.info/error/text("key", …). */
    @Test
    void everyKeyTheBeansUseIsInTheBundle() throws IOException {
        Properties bundle = load("/org/unodc/rt/web/messages.properties");
        Pattern call = Pattern.compile("Messages\\.(?:info|error|text)\\(\\s*\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = call.matcher(read(file));
                while (matcher.find()) {
                    if (!bundle.containsKey(matcher.group(1))) {
                        missing.add(sources.relativize(file) + ": " + matcher.group(1));
                    }
                }
            });
        }
        assertThat(missing)
                .as("keys used in beans but missing from messages.properties")
                .isEmpty();
    }

    /** Keys the pages build from codes ('type.'.concat(code) …): one per value of each list. */
    @Test
    void everyCodeShownWithALabelHasOne() {
        Properties bundle = load("/org/unodc/rt/web/messages.properties");
        Set<String> expected = new TreeSet<>();
        for (CrimeType c : CrimeType.values()) {
            expected.add("crime." + c.code());
        }
        for (DocumentType t : DocumentType.values()) {
            expected.add("type." + t.code());
        }
        for (DocumentStatus s : DocumentStatus.values()) {
            expected.add("docstatus." + s.name());
        }
        for (Facet f : Facet.values()) {
            expected.add("facet." + f.key());
        }
        for (RegionalGroup g : RegionalGroup.values()) {
            expected.add("group." + g.name());
        }
        for (LibraryLink.Relation r : LibraryLink.Relation.values()) {
            expected.add("relation." + r.name());
            expected.add("relation." + r.name() + "_BY");
        }
        for (LibraryAdministration.Standing s : LibraryAdministration.Standing.values()) {
            expected.add("standing." + s.name());
        }
        for (PartyAction a : PartyAction.values()) {
            expected.add("partyAction." + a.name());
        }
        for (String code : Labels.NOT_A_STATE) {
            expected.add("country." + code);
        }
        assertThat(expected).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        Set<String> english = load("/org/unodc/rt/web/messages.properties").stringPropertyNames();
        for (String language : new String[] {"ar", "zh", "fr", "ru", "es"}) {
            Properties bundle = load("/org/unodc/rt/web/messages_" + language + ".properties");
            assertThat(bundle.stringPropertyNames())
                    .as("keys of messages_" + language)
                    .isEqualTo(english);
            assertThat(bundle.stringPropertyNames())
                    .as("empty texts in messages_" + language)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
