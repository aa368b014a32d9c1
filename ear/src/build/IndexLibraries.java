import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Adds a Jandex annotation index (META-INF/jandex.idx) to every library jar of the EAR that has none. WildFly reads a
 * jar's own index instead of scanning its classes at every start: with the EAR's 110 libraries that scan took most of
 * the time between the server starting and the application's modules starting (18 s of a 66 s restart, measured
 * under load; 4 s with the indexes). Indexes are cached by jar file name (names carry versions), so a rebuild only
 * indexes new libraries; jars are changed through the zip file system, which copies their other entries as they are.
 *
 * <p>Usage: java -cp jandex.jar IndexLibraries.java target/rt.ear target/jandex-cache
 */
public class IndexLibraries {

    private static final String INDEX = "META-INF/jandex.idx";

    public static void main(String[] args) throws IOException {
        Path ear = Path.of(args[0]).toAbsolutePath();
        Path cache = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(cache);
        int indexed = 0;
        int cached = 0;
        long started = System.nanoTime();
        // Jars stay uncompressed inside the EAR: they are compressed already, and storing is what makes this fast.
        try (FileSystem earFs = FileSystems.newFileSystem(ear, Map.of("noCompression", true))) {
            List<Path> libraries;
            try (Stream<Path> files = Files.list(earFs.getPath("/lib"))) {
                libraries = files.filter(p -> p.toString().endsWith(".jar"))
                        .filter(p -> !p.getFileName().toString().startsWith("rt-"))
                        .toList();
            }
            for (Path library : libraries) {
                Path jar = cache.resolve(library.getFileName().toString());
                Files.copy(library, jar, StandardCopyOption.REPLACE_EXISTING);
                Path idx = cache.resolve(library.getFileName() + ".idx");
                if (Files.exists(idx)) {
                    cached++;
                } else {
                    Files.write(idx, index(jar));
                    indexed++;
                }
                try (FileSystem jarFs = FileSystems.newFileSystem(jar)) {
                    Path target = jarFs.getPath(INDEX);
                    if (Files.notExists(target)) {
                        Files.createDirectories(target.getParent());
                        Files.copy(idx, target);
                    }
                }
                Files.copy(jar, library, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(jar);
            }
        }
        System.out.printf(
                "Jandex indexes in %s: %d libraries indexed, %d from the cache, in %d ms%n",
                ear.getFileName(), indexed, cached, (System.nanoTime() - started) / 1_000_000);
    }

    /** The index of a jar's classes; an empty index for a jar without classes. */
    private static byte[] index(Path jar) throws IOException {
        Indexer indexer = new Indexer();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/versions/")) {
                    try {
                        indexer.index(new ByteArrayInputStream(in.readAllBytes()));
                    } catch (IllegalStateException | IllegalArgumentException unreadable) {
                        // A class Jandex cannot read is one WildFly would skip too.
                    }
                }
            }
        }
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        new IndexWriter(index).write(indexer.complete());
        return index.toByteArray();
    }
}
