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
