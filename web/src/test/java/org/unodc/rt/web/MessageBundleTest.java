package org.unodc.rt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.audit.AuditEvent;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.RegionalGroup;
import org.unodc.rt.search.CrimeType;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.search.Facet;
import org.unodc.rt.web.common.Labels;
import org.unodc.rt.web.library.LibraryAdministration;
import org.unodc.rt.web.returns.ReturnEditor;

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
        for (AuditEvent.Outcome o : AuditEvent.Outcome.values()) {
            expected.add("audit.outcome." + o.name());
        }
        for (CycleStatus c : CycleStatus.values()) {
            expected.add("cycleStatus." + c.name());
        }
        for (ReturnStatus r : ReturnStatus.values()) {
            expected.add("returnStatus." + r.name());
        }
        for (ImplementationStatus i : ImplementationStatus.values()) {
            expected.add("implementationStatus." + i.name());
        }
        for (ReturnEditor.QuestionState q : ReturnEditor.QuestionState.values()) {
            expected.add("toc.state." + q.name());
        }
        expected.add("toc.problem." + ReturnEditor.QuestionState.MISSING.name());
        expected.add("toc.problem." + ReturnEditor.QuestionState.INCOMPLETE.name());
        assertThat(expected).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    /**
     * A return's audit trail shows what happened in words: every action recorded about a return, its attachments and
     * citations (the events in domain.returns, the refused attempts in the services) has a label (other actions fall
     * back to their code on the administration pages).
     */
    @Test
    void everyActionOfAReturnsAuditTrailHasALabel() throws IOException {
        Properties bundle = load("/org/unodc/rt/web/messages.properties");
        Pattern action = Pattern.compile("\"((?:RETURN|ATTACHMENT|CITATION)_[A-Z_]+)\"");
        Set<String> actions = new TreeSet<>();
        for (String code : List.of("application/returns", "domain/returns")) {
            try (Stream<Path> files = Files.walk(Path.of("../ejb/src/main/java/org/unodc/rt/" + code))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = action.matcher(Files.readString(file));
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertThat(actions).contains("RETURN_SUBMITTED", "RETURN_CLARIFICATION_REQUESTED");
        assertThat(actions).allSatisfy(code -> assertThat(bundle).containsKey("audit." + code));
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
