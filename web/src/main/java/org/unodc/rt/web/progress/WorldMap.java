package org.unodc.rt.web.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's country boundaries for the progress map: Natural Earth (public domain) from the npm package
 * {@code world-atlas}, projected to SVG path data at build time ({@code src/build/fetch-world-map.mjs}), each keyed by
 * its ISO 3166 numeric code, which is the Member State's M49 code. Countries too small to draw are dots.
 */
@ApplicationScoped
public class WorldMap {

    static final String RESOURCE = "/org/unodc/rt/web/progress/world-map.json";

    /** A country's outline ({@code d}) or, for one too small to draw, a dot at ({@code cx}, {@code cy}). */
    public record Shape(String m49, String d, double cx, double cy) {
        public boolean dot() {
            return d == null;
        }
    }

    private final int width;
    private final int height;
    private final List<Shape> shapes;

    public WorldMap() {
        try (InputStream in = WorldMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build makes it (web/src/build).");
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject map = reader.readObject();
                width = map.getInt("width");
                height = map.getInt("height");
                List<Shape> all = new ArrayList<>();
                for (JsonValue value : map.getJsonArray("countries")) {
                    JsonObject c = value.asJsonObject();
                    all.add(new Shape(c.isNull("id") ? null : c.getString("id"), c.getString("d"), 0, 0));
                }
                for (JsonValue value : map.getJsonArray("dots")) {
                    JsonObject c = value.asJsonObject();
                    all.add(new Shape(
                            c.getString("id"),
                            null,
                            c.getJsonNumber("cx").doubleValue(),
                            c.getJsonNumber("cy").doubleValue()));
                }
                shapes = List.copyOf(all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Shape> shapes() {
        return shapes;
    }
}
