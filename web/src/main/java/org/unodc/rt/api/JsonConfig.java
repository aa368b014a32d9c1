package org.unodc.rt.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.returns.ImplementationStatus;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;

/**
 * JSON as the API documents it: a field without a value is written as {@code null} rather than left out, so a
 * client can tell "no adoption date" from "field not supported". A value the API does not know for one of the
 * enumerations it reads ({@code "role": "admin"}) is refused as {@link UnknownValue}, which JSON-B reports with the
 * field's name, so the client is told which field and which values there are.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            // One per enumeration a request body carries; each an anonymous subclass, so JSON-B sees its type.
            .withDeserializers(
                    new KnownValues<>(ImplementationStatus.class) {},
                    new KnownValues<>(Role.class) {},
                    new KnownValues<>(DocumentType.class) {},
                    new KnownValues<>(DocumentStatus.class) {},
                    new KnownValues<>(ResolutionBody.class) {},
                    new KnownValues<>(ResolutionStatus.class) {},
                    new KnownValues<>(Addressee.class) {}));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A value of an enumeration, by its exact name, as JSON-B reads it by default; anything else is refused. */
    abstract static class KnownValues<E extends Enum<E>> implements JsonbDeserializer<E> {
        private final Class<E> type;

        KnownValues(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            String name = value instanceof JsonString text ? text.getString() : value.toString();
            return Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new UnknownValue(name, type));
        }
    }

    /** A value that is not one of its enumeration's; JSON-B wraps it in exceptions that name the field. */
    public static final class UnknownValue extends JsonbException {
        private static final long serialVersionUID = 1L;

        private final String value;
        private final List<String> known;

        UnknownValue(String value, Class<? extends Enum<?>> type) {
            super("\"" + value + "\" is not one of " + names(type));
            this.value = value;
            this.known = names(type);
        }

        public String value() {
            return value;
        }

        public List<String> known() {
            return known;
        }

        private static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }
}
