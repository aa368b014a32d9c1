package org.unodc.rt.application;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * What the database does to entities that plain tests must do by hand: give an id, bump a version, build reference
 * data (Member States) that only the migrations create.
 */
public final class Entities {

    private Entities() {}

    /** Sets a private field, e.g. the id the database would generate. */
    public static <T> T with(T entity, String field, Object value) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(entity, value);
                return entity;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass().getSimpleName() + " has no field " + field);
    }

    /** An entity through the no-argument constructor JPA uses. */
    public static <T> T blank(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
