package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API reference the server generates (MicroProfile OpenAPI at /openapi) names every operation of every JAX-RS
 * resource. The operations expected are read by reflection from the resource classes in the deployed WAR, so an
 * endpoint added without appearing in the reference fails here.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final String API_CLASSES = "/WEB-INF/classes/org/unodc/rt/api/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void theReferenceSaysWhatTheApiIsAndHowToSignIn() {
        Http.Reply reply = http.get("/openapi");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonObject document = reply.json().asJsonObject();
        JsonObject info = document.getJsonObject("info");
        assertThat(info.getString("title")).isEqualTo("Resolution Tracker API");
        assertThat(info.getString("version")).isEqualTo("1");
        assertThat(info.getString("description"))
                .contains("HTTP Basic")
                .contains("answers 403 and the attempt is written to the audit trail");
        assertThat(document.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .getJsonObject("basic")
                        .getString("scheme"))
                .isEqualTo("basic");
    }

    @Test
    void everyOperationOfEveryResourceIsInTheReference() throws Exception {
        List<String> expected = operationsOfTheResources();
        assertThat(expected).as("the resources were found").hasSizeGreaterThan(50);

        Http.Reply reply = http.get("/openapi?format=JSON");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject paths = reply.json().asJsonObject().getJsonObject("paths");
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }

        assertThat(documented).containsAll(expected);
    }

    /** "GET /api/v1/cycles/{id}" for each resource method, from the classes of the WAR that was deployed. */
    private static List<String> operationsOfTheResources() throws ClassNotFoundException {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "rt-web.war");
        ClassLoader loader = new WarClasses(war);
        String application = null;
        TreeSet<String> operations = new TreeSet<>();
        for (ArchivePath classFile :
                war.getContent(Filters.include(API_CLASSES + ".*\\.class")).keySet()) {
            String name = classFile
                    .get()
                    .substring("/WEB-INF/classes/".length(), classFile.get().length() - 6)
                    .replace('/', '.');
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(ApplicationPath.class)) {
                application = type.getAnnotation(ApplicationPath.class).value();
            }
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                Path path = method.getAnnotation(Path.class);
                if (verb == null) {
                    assertThat(path)
                            .as("a sub-resource locator (not handled here): %s", method)
                            .isNull();
                    continue;
                }
                operations.add(verb + " " + base + "/" + (path == null ? "" : path.value()));
            }
        }
        assertThat(application).as("the class with @ApplicationPath").isNotNull();
        String prefix = application;
        return operations.stream().map(o -> normalise(o, prefix)).distinct().toList();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** "GET /cycles/{id: \d+}/" under "/api/v1" becomes "GET /api/v1/cycles/{id}", as OpenAPI writes paths. */
    private static String normalise(String operation, String application) {
        int space = operation.indexOf(' ');
        String path = ("/" + application + "/" + operation.substring(space + 1))
                .replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return operation.substring(0, space) + " " + path;
    }

    /** The web module's classes, read from the WAR inside the EAR; the API and EJB types come from the test's own. */
    private static final class WarClasses extends ClassLoader {

        private final WebArchive war;

        WarClasses(WebArchive war) {
            super(OpenApiIT.class.getClassLoader());
            this.war = war;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Node node = war.get("/WEB-INF/classes/" + name.replace('.', '/') + ".class");
            if (node == null || node.getAsset() == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = node.getAsset().openStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
