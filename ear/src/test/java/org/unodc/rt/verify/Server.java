package org.unodc.rt.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly process of its own for a verification run, prepared exactly as for running the application (the same
 * unpacked distribution and {@code standalone-rt.xml}) but with its own server directory, data directory, database
 * and ports, so that it can be stopped, killed with SIGKILL and started again while the suite watches from outside.
 */
final class Server {

    private final Path wildflyHome;
    private final Path baseDir;
    private final Path dataDir;
    private final Settings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    /** Where the server listens and which database it uses. */
    record Settings(int portOffset, int mailPort, String dbDriver, String dbUrl, String dbUser, String dbPassword) {
        int httpPort() {
            return 8080 + portOffset;
        }
    }

    Server(Path wildflyHome, Path ear, Path workDir, Settings settings) throws IOException {
        this.wildflyHome = wildflyHome;
        this.settings = settings;
        this.baseDir = workDir.resolve("standalone");
        this.dataDir = workDir.resolve("data");
        deleteTree(workDir);
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.createDirectories(dataDir);
        copyTree(wildflyHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.copy(ear, baseDir.resolve("deployments/rt.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    String base() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    Path dataDir() {
        return dataDir;
    }

    Path indexDir() {
        return dataDir.resolve("index");
    }

    Settings settings() {
        return settings;
    }

    /** Starts the server and waits until its health check answers 200; returns the seconds it took. */
    double start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The server is already running.");
        }
        long began = System.nanoTime();
        starts++;
        List<String> command = new ArrayList<>(List.of(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-rt.xml",
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + settings.portOffset(),
                "-Drt.data.dir=" + dataDir,
                "-Drt.demo=true",
                "-Drt.db.driver=" + settings.dbDriver(),
                "-Drt.db.url=" + settings.dbUrl(),
                "-Drt.db.user=" + settings.dbUser(),
                "-Drt.db.password=" + settings.dbPassword(),
                "-Drt.mail.host=127.0.0.1",
                "-Drt.mail.port=" + settings.mailPort()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        baseDir.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put(
                "JAVA_OPTS",
                "-Xms256m -Xmx1g -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
        awaitHealthy(Duration.ofMinutes(4));
        return (System.nanoTime() - began) / 1e9;
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hook, no flush, no clean close of anything. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server as Ctrl-C does (SIGTERM to its JVM) and waits for it to end. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> jvms = process.descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            kill();
        }
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().join();
        }
    }

    boolean healthy() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/api/v1/health"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        Await.until(() -> !process.isAlive() || healthy(), limit);
        if (!process.isAlive()) {
            throw new IllegalStateException("The server ended while starting; see " + baseDir.resolve("console.log"));
        }
        if (!healthy()) {
            throw new IllegalStateException("The server did not become healthy within " + limit.toSeconds()
                    + " s (start " + starts + "); see " + baseDir.resolve("console.log"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
