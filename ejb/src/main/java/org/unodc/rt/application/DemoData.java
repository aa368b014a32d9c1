package org.unodc.rt.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.unodc.rt.application.library.DocumentDraft;
import org.unodc.rt.application.library.LibraryCataloguing;
import org.unodc.rt.application.library.LibraryOriginals;
import org.unodc.rt.application.library.LibraryPublishing;
import org.unodc.rt.application.resolution.ResolutionImport;
import org.unodc.rt.domain.account.Accounts;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.account.UserAccount;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.resolution.Resolutions;
import org.unodc.rt.domain.state.Instrument;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.PartyAction;
import org.unodc.rt.domain.state.PartyStatus;
import org.unodc.rt.domain.state.StatusSource;
import org.unodc.rt.infrastructure.security.PasswordHasher;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;

/**
 * Demo mode: when the system property {@code rt.demo} is {@code true} (the default of the run command), creates the
 * demo accounts listed in the README and demo party-status data, once. Without it, no demo account ever exists.
 */
@Singleton
@Startup
@RunAs(Role.SECRETARIAT_NAME)
@DeclareRoles({Role.SECRETARIAT_NAME})
public class DemoData {

    public static final String DEMO_PASSWORD = "demo-password-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** user name, display name, role, State (for focal points), interface language, time zone. */
    record DemoAccount(String username, String displayName, Role role, String iso3, String locale, String zone) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Platform Administrator", Role.ADMIN, null, "en", "Europe/Vienna"),
            new DemoAccount(
                    "secretariat", "Anna Weber (UNODC secretariat)", Role.SECRETARIAT, null, "en", "Europe/Vienna"),
            new DemoAccount("fp.peru", "María Quispe (Peru)", Role.FOCAL_POINT, "PER", "es", "America/Lima"),
            new DemoAccount(
                    "fp.southafrica",
                    "Thandiwe Nkosi (South Africa)",
                    Role.FOCAL_POINT,
                    "ZAF",
                    "en",
                    "Africa/Johannesburg"),
            new DemoAccount("fp.france", "Claire Martin (France)", Role.FOCAL_POINT, "FRA", "fr", "Europe/Paris"),
            new DemoAccount("fp.china", "Li Wei (China)", Role.FOCAL_POINT, "CHN", "zh", "Asia/Shanghai"),
            new DemoAccount("fp.egypt", "Ahmed Hassan (Egypt)", Role.FOCAL_POINT, "EGY", "ar", "Africa/Cairo"),
            new DemoAccount(
                    "fp.russia", "Elena Ivanova (Russian Federation)", Role.FOCAL_POINT, "RUS", "ru", "Europe/Moscow"),
            // Roles in a State: Egypt's team (a contributor, the Permanent Mission's observer, a second focal point);
            // the Russian Federation requires clearance, so its second focal point clears what the first submits.
            new DemoAccount(
                    "contrib.egypt", "Mona Adel (Egypt, contributor)", Role.CONTRIBUTOR, "EGY", "ar", "Africa/Cairo"),
            new DemoAccount(
                    "observer.egypt",
                    "Karim Said (Permanent Mission of Egypt, Vienna)",
                    Role.OBSERVER,
                    "EGY",
                    "en",
                    "Europe/Vienna"),
            new DemoAccount("fp2.egypt", "Laila Fawzy (Egypt)", Role.FOCAL_POINT, "EGY", "ar", "Africa/Cairo"),
            new DemoAccount(
                    "fp2.russia",
                    "Dmitry Sokolov (Russian Federation)",
                    Role.FOCAL_POINT,
                    "RUS",
                    "ru",
                    "Europe/Moscow"));

    /** The State whose returns a second focal point clears in demo mode. */
    static final String CLEARANCE_STATE = "RUS";

    /** The real resolution texts the project started from, read through the parser like any pasted text. */
    static final List<String> SEED_RESOLUTIONS = List.of(
            "ecosoc-resolution-2011-32.txt",
            "ccpcj-resolution-untoc-tenth-anniversary.txt",
            "ecosoc-resolution-2013-38.txt",
            "ccpcj-2019-draft-precious-metals-supply-chains.txt");

    @Inject
    Accounts accounts;

    @Inject
    MemberStates states;

    @Inject
    Resolutions resolutions;

    @Inject
    LibraryDocuments documents;

    @Inject
    ResolutionImport imports;

    @Inject
    LibraryCataloguing cataloguing;

    @Inject
    LibraryOriginals originals;

    @Inject
    LibraryPublishing publishing;

    @Inject
    Clock clock;

    public static boolean enabled() {
        return Boolean.parseBoolean(
                System.getProperty("rt.demo", System.getenv().getOrDefault("RT_DEMO", "false")));
    }

    @PostConstruct
    void load() {
        if (!DemoMode.enabled()) {
            return;
        }
        int accounts = createAccounts();
        if (accounts > 0) {
            states.find(CLEARANCE_STATE).ifPresent(clearing -> clearing.requireClearance(true));
        }
        int statuses = loadPartyStatus();
        int resolutions = loadResolutions();
        int documents = loadLibrary();
        LOG.info(() -> "Demo mode: " + accounts + " demo accounts, " + statuses + " party-status records, "
                + resolutions + " seed resolutions and " + documents + " library documents created");
    }

    private int createAccounts() {
        Instant now = Instant.now(clock);
        PasswordHasher hasher = new PasswordHasher();
        int created = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            String email = demo.username() + "@demo.resolution-tracker.local";
            UserAccount account = demo.role().reportsForState()
                    ? UserAccount.ofState(
                            demo.username(),
                            email,
                            demo.displayName(),
                            demo.role(),
                            states.find(demo.iso3()).orElseThrow(),
                            now)
                    : UserAccount.staff(demo.username(), email, demo.displayName(), demo.role(), now);
            account.setPasswordHash(hasher.hash(DEMO_PASSWORD.toCharArray()));
            account.preferences(demo.locale(), demo.zone());
            account.markDemo();
            accounts.add(account);
            created++;
        }
        return created;
    }

    private int loadResolutions() {
        if (!resolutions.all().isEmpty()) {
            return 0;
        }
        for (String seed : SEED_RESOLUTIONS) {
            String text = resource("/demo/seeds/" + seed);
            imports.save(imports.parse(text), text);
        }
        return SEED_RESOLUTIONS.size();
    }

    /** The demo library: real laws, strategies and studies in the six languages (and one in Portuguese). */
    private int loadLibrary() {
        if (!documents.all().isEmpty()) {
            return 0;
        }
        Map<String, Long> ids = new HashMap<>();
        List<JsonObject> entries;
        try (JsonReader reader = Json.createReader(new java.io.StringReader(resource("/demo/library.json")))) {
            entries = reader.readArray().getValuesAs(JsonObject.class);
        }
        for (JsonObject entry : entries) {
            LibraryDocument document = cataloguing.create(new DocumentDraft(
                    DocumentType.valueOf(entry.getString("type")),
                    entry.getString("country"),
                    entry.getString("titleOriginal"),
                    string(entry, "titleEnglish"),
                    entry.isNull("date") ? null : LocalDate.parse(entry.getString("date")),
                    null,
                    strings(entry, "languages").stream().toList(),
                    entry.containsKey("status") && !entry.isNull("status")
                            ? DocumentStatus.valueOf(entry.getString("status"))
                            : null,
                    strings(entry, "instruments"),
                    strings(entry, "articles"),
                    strings(entry, "crimeTypes"),
                    strings(entry, "resolutions"),
                    strings(entry, "keywords"),
                    string(entry, "sourceUrl"),
                    entry.getString("text")));
            String original = string(entry, "original");
            if (original != null) {
                // The whole text from the seed file, stored as the downloadable original (the entry holds an excerpt).
                try (java.io.InputStream file = DemoData.class.getResourceAsStream("/demo/seeds/" + original)) {
                    originals.attachOriginal(document.id(), original, file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            publishing.publish(document.id());
            ids.put(entry.getString("key"), document.id());
        }
        for (JsonObject entry : entries) {
            if (entry.containsKey("links") && !entry.isNull("links")) {
                for (JsonObject link : entry.getJsonArray("links").getValuesAs(JsonObject.class)) {
                    Long target = ids.get(link.getString("target"));
                    if (target != null) {
                        cataloguing.link(
                                ids.get(entry.getString("key")),
                                LibraryLink.Relation.valueOf(link.getString("relation")),
                                target);
                    }
                }
            }
        }
        return entries.size();
    }

    private static String string(JsonObject entry, String name) {
        return entry.containsKey(name) && !entry.isNull(name) ? entry.getString(name) : null;
    }

    private static Set<String> strings(JsonObject entry, String name) {
        if (!entry.containsKey(name) || entry.isNull(name)) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonValue value : entry.getJsonArray(name)) {
            if (value instanceof JsonString text && !text.getString().isBlank()) {
                values.add(text.getString());
            }
        }
        return values;
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int loadPartyStatus() {
        if (states.anyPartyStatus()) {
            return 0;
        }
        int created = 0;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/party-status.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header: iso3,instrument,date,action
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                MemberState state = states.find(cells[0].strip()).orElseThrow();
                Instrument instrument = states.findInstrument(cells[1].strip()).orElseThrow();
                PartyAction action = PartyAction.valueOf(cells[3].strip());
                LocalDate date = LocalDate.parse(cells[2].strip());
                PartyStatus status = new PartyStatus(state, instrument, action, date);
                // Labelled as demo data wherever it shows: until the secretariat imports the UN Treaty
                // Collection's table, nobody should take it for the real status.
                status.takeFrom(StatusSource.DEMO, null, action, date, null);
                states.add(status);
                created++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }
}
