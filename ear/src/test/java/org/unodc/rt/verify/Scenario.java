package org.unodc.rt.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One verification: runs against a server, prints its figures and says which targets it missed. */
interface Scenario {

    String name();

    /** Whether the scenario needs a server of its own (because it kills it, for example). */
    default boolean ownServer() {
        return false;
    }

    /** Whether the scenario runs only when named in {@code verify.scenarios}, not in the default set. */
    default boolean optIn() {
        return false;
    }

    Outcome run(Server server) throws Exception;

    /** The figures a scenario printed and the targets it checked. */
    final class Outcome {
        private final String scenario;
        private final List<String> figures = new ArrayList<>();
        private final List<String> missed = new ArrayList<>();
        private final List<String> met = new ArrayList<>();

        Outcome(String scenario) {
            this.scenario = scenario;
        }

        Outcome figure(String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            figures.add(line);
            System.out.println("[" + scenario + "] " + line);
            return this;
        }

        /** A target: met when {@code ok}, otherwise recorded as missed. Printed either way. */
        Outcome target(boolean ok, String format, Object... args) {
            String line = String.format(Locale.ROOT, format, args);
            (ok ? met : missed).add(line);
            System.out.println("[" + scenario + "] " + (ok ? "MET     " : "MISSED  ") + line);
            return this;
        }

        String scenario() {
            return scenario;
        }

        List<String> figures() {
            return figures;
        }

        List<String> missed() {
            return missed;
        }

        List<String> met() {
            return met;
        }
    }
}
