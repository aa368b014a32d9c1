package org.unodc.rt.verify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification suite: load, crash, concurrency, isolation and hostile input against a real WildFly started from
 * the build's prepared distribution, on H2 (default) or on a fresh PostgreSQL database. Prints each scenario's
 * figures and targets, and exits with status 1 when a target is missed or a scenario could not run. The failover
 * scenario runs only when named ({@code -Dverify.scenarios=failover -Dverify.db=postgresql}): it starts a cluster of
 * its own with cluster.sh.
 *
 * <p>Run through Maven: {@code mvn -pl ear verify -Pverification [-Dverify.scenarios=load,crash]
 * [-Dverify.db=postgresql]}. See docs/verification.md.
 */
public final class Verify {

    private Verify() {}

    public static void main(String[] args) throws Exception {
        Path wildfly = Path.of(required("rt.wildfly.home"));
        Path ear = Path.of(required("rt.ear"));
        Path work = Path.of(System.getProperty("verify.dir", "target/verify"));
        String db = System.getProperty("verify.db", "h2");
        int offset = Integer.getInteger("verify.port.offset", 200);
        int mailPort = Integer.getInteger("verify.mail.port", 3225);
        Map<String, Scenario> all = new LinkedHashMap<>();
        for (Scenario scenario : List.of(
                new ConcurrencyScenario(),
                new IsolationScenario(),
                new HostileInputScenario(),
                new LoadScenario(),
                new CrashScenario(),
                new FailoverScenario())) {
            all.put(scenario.name(), scenario);
        }
        String chosen = System.getProperty("verify.scenarios", "");
        List<Scenario> scenarios = new ArrayList<>();
        if (chosen.isBlank()) {
            // failover starts a cluster of its own on PostgreSQL (cluster.sh): only when named.
            all.values().stream().filter(s -> !s.optIn()).forEach(scenarios::add);
        } else {
            for (String name : chosen.split(",")) {
                Scenario scenario = all.get(name.strip());
                if (scenario == null) {
                    System.err.println("Unknown scenario \"" + name.strip() + "\"; choose from " + all.keySet());
                    System.exit(2);
                }
                scenarios.add(scenario);
            }
        }
        System.out.println("Verification on " + db + " with scenarios "
                + scenarios.stream().map(Scenario::name).toList() + "; "
                + Runtime.getRuntime().availableProcessors()
                + " cores; server at port offset " + offset);

        List<Scenario.Outcome> outcomes = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        GreenMail mail = new GreenMail(new ServerSetup(mailPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            List<Scenario> shared =
                    scenarios.stream().filter(s -> !s.ownServer()).toList();
            if (!shared.isEmpty()) {
                runOn(shared, "shared", wildfly, ear, work, db, offset, mailPort, mail, outcomes, broken);
            }
            for (Scenario own : scenarios.stream().filter(Scenario::ownServer).toList()) {
                if (own instanceof FailoverScenario failover) {
                    runFailover(failover, wildfly, ear, work, db, mailPort, mail, outcomes, broken);
                } else {
                    runOn(List.of(own), own.name(), wildfly, ear, work, db, offset, mailPort, mail, outcomes, broken);
                }
            }
        } finally {
            mail.stop();
        }

        System.out.println();
        System.out.println("== Verification summary (" + db + ") ==");
        int missed = 0;
        for (Scenario.Outcome outcome : outcomes) {
            for (String line : outcome.met()) {
                System.out.println("  MET     " + outcome.scenario() + ": " + line);
            }
            for (String line : outcome.missed()) {
                System.out.println("  MISSED  " + outcome.scenario() + ": " + line);
                missed++;
            }
        }
        broken.forEach(b -> System.out.println("  BROKEN  " + b));
        boolean passed = missed == 0 && broken.isEmpty();
        System.out.println(
                passed
                        ? "All targets met."
                        : missed + " target(s) missed, " + broken.size() + " scenario(s) could not run.");
        System.exit(passed ? 0 : 1);
    }

    private static void runOn(
            List<Scenario> scenarios,
            String serverName,
            Path wildfly,
            Path ear,
            Path work,
            String db,
            int offset,
            int mailPort,
            GreenMail mail,
            List<Scenario.Outcome> outcomes,
            List<String> broken)
            throws Exception {
        Path dir = work.resolve(serverName).toAbsolutePath();
        String pgName = null;
        Server.Settings settings;
        if (db.equals("postgresql")) {
            pgName = "rt_verify_" + serverName + "_" + System.currentTimeMillis();
            postgres("CREATE DATABASE " + pgName);
            settings = new Server.Settings(
                    offset,
                    mailPort,
                    "postgresql",
                    System.getProperty("verify.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + pgName,
                    System.getProperty("verify.pg.user", "postgres"),
                    System.getProperty("verify.pg.password", "postgres"));
        } else {
            settings = new Server.Settings(
                    offset,
                    mailPort,
                    "h2",
                    "jdbc:h2:file:" + dir.resolve("data/db/rt")
                            + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                    "sa",
                    "sa");
        }
        Server server = new Server(wildfly, ear, dir, settings);
        try {
            double started = server.start();
            System.out.printf("Server \"%s\" started and healthy in %.1f s (%s)%n", serverName, started, dir);
            for (Scenario scenario : scenarios) {
                System.out.println();
                System.out.println("== " + scenario.name() + " ==");
                try {
                    if (scenario instanceof LoadScenario load) {
                        load.useMail(mail);
                    }
                    outcomes.add(scenario.run(server));
                } catch (Exception | AssertionError e) {
                    e.printStackTrace(System.out);
                    broken.add(scenario.name() + ": " + e);
                }
            }
        } finally {
            server.stop();
            if (pgName != null) {
                postgres("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
            }
        }
    }

    /** The failover scenario starts a cluster of its own (cluster.sh), not a {@link Server}. */
    private static void runFailover(
            FailoverScenario failover,
            Path wildfly,
            Path ear,
            Path work,
            String db,
            int mailPort,
            GreenMail mail,
            List<Scenario.Outcome> outcomes,
            List<String> broken) {
        System.out.println();
        System.out.println("== " + failover.name() + " ==");
        if (!db.equals("postgresql")) {
            String refusal = "runs on PostgreSQL only (a cluster shares one database): add -Dverify.db=postgresql";
            System.out.println("[failover] " + refusal);
            broken.add(failover.name() + ": " + refusal);
            return;
        }
        try {
            outcomes.add(failover.run(wildfly, ear, work.resolve("failover").toAbsolutePath(), mailPort, mail));
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            broken.add(failover.name() + ": " + e);
        }
    }

    static void postgres(String sql) throws Exception {
        String url = System.getProperty("verify.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + "postgres";
        try (Connection connection = DriverManager.getConnection(
                        url,
                        System.getProperty("verify.pg.user", "postgres"),
                        System.getProperty("verify.pg.password", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("Set -D" + property + " (the Maven profile verification does).");
        }
        return value;
    }
}
