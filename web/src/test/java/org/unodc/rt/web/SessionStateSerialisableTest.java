package org.unodc.rt.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are distributable (web.xml): in a cluster, a user's session and the Faces views in it are written out and
 * read back on another server. A field that cannot be written fails that user's next request there; an injected
 * service kept in a {@code transient} field comes back as null. So every field of a session- or view-scoped bean is
 * either a value that serialises, or an injected container proxy (a session bean or a bean of a normal scope), which
 * the container writes as a reference and reconnects.
 */
class SessionStateSerialisableTest {

    private static final List<Class<? extends Annotation>> KEPT_IN_SESSION =
            List.of(SessionScoped.class, ViewScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED = List.of(
            Stateless.class,
            Singleton.class,
            Stateful.class,
            ApplicationScoped.class,
            RequestScoped.class,
            SessionScoped.class,
            ViewScoped.class);

    /** The innermost field that does not serialise, for the message. */
    private static final Set<String> NOT_SERIALISABLE = new TreeSet<>();

    @Test
    void everyFieldOfASessionOrViewBeanSurvivesBeingWrittenAndReadBackOnAnotherServer() throws IOException {
        List<Class<?>> beans = beansKeptInSession();
        assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(20);

        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    problem(field)
                            .ifPresent(p -> problems.add(bean.getSimpleName() + "." + field.getName() + ": " + p));
                }
            }
        }
        assertThat(problems).as("innermost: %s", NOT_SERIALISABLE).isEmpty();
    }

    private static Optional<String> problem(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
            return Optional.empty();
        }
        if (field.isAnnotationPresent(Inject.class)) {
            if (Modifier.isTransient(modifiers)) {
                return Optional.of("injected into a transient field: null after the session moves to another server");
            }
            Class<?> type = field.getType();
            boolean proxied = PROXIED.stream().anyMatch(type::isAnnotationPresent);
            // The application's one clock (ClockProducer): the JDK's clocks serialise, and the container checks the
            // produced value when a session is written.
            return proxied || type.getName().startsWith("jakarta.") || type == java.time.Clock.class
                    ? Optional.empty()
                    : Optional.of(type.getName() + " is neither a session bean nor of a normal scope");
        }
        if (Modifier.isTransient(modifiers)) {
            return Optional.empty();
        }
        return serialisable(field.getGenericType())
                ? Optional.empty()
                : Optional.of(field.getGenericType().getTypeName() + " does not serialise");
    }

    /**
     * A value type that serialises: the platform's own types all the way down (their fields, the element types of
     * their collections and maps), others by being {@link Serializable}.
     */
    private static boolean serialisable(Type type) {
        return serialisable(type, new HashSet<>());
    }

    private static boolean serialisable(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return true;
        }
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return true;
            }
            if (c.isArray()) {
                return serialisable(c.getComponentType(), seen);
            }
            if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
                NOT_SERIALISABLE.add(c.getName());
                return false;
            }
            if (!c.getName().startsWith("org.unodc.")) {
                return Serializable.class.isAssignableFrom(c)
                        || Collection.class.isAssignableFrom(c)
                        || Map.class.isAssignableFrom(c);
            }
            if (c.isInterface()) {
                return false;
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m)
                            && !Modifier.isTransient(m)
                            && !f.isSynthetic()
                            && !serialisable(f.getGenericType(), seen)) {
                        NOT_SERIALISABLE.add(c.getName() + "." + f.getName());
                        return false;
                    }
                }
            }
            return true;
        }
        if (type instanceof ParameterizedType p) {
            return serialisable(p.getRawType(), seen)
                    && Stream.of(p.getActualTypeArguments()).allMatch(a -> serialisable(a, seen));
        }
        if (type instanceof WildcardType w) {
            return Stream.of(w.getUpperBounds()).allMatch(b -> serialisable(b, seen));
        }
        return false;
    }

    private static List<Class<?>> beansKeptInSession() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateSerialisableTest::load)
                    .filter(c -> KEPT_IN_SESSION.stream().anyMatch(c::isAnnotationPresent))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerialisableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
