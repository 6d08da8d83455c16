package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What the JSON formats of this module share: looking at a head, picking the event to write. */
final class JsonFormats {
    private static final Pattern OBJECT_START = Pattern.compile("\\A\\s*\\{");

    private JsonFormats() {}

    /** @return whether the head's text starts a JSON object */
    static boolean isObject(FormatHead head) {
        return OBJECT_START.matcher(head.text()).lookingAt();
    }

    /** @return whether the head holds the property name in quotes followed by a colon */
    static boolean has(FormatHead head, String property) {
        return Pattern.compile("\"" + Pattern.quote(property) + "\"\\s*:").matcher(head.text()).find();
    }

    /**
     * @return the one event a single-event format writes: the one the options name, else the only
     *     event of the catalog
     * @throws InputException when the options name none and the catalog has not exactly one
     */
    static EventId oneEvent(Catalog catalog, FormatOptions options, String format) {
        if (options.event().isPresent()) {
            EventId id = options.event().get();
            if (catalog.event(id).isEmpty()) {
                throw new InputException("event", "'" + id + "'", "the id of an event of the catalog", null);
            }
            return id;
        }
        if (catalog.events().size() != 1) {
            throw new InputException("event", catalog.events().size() + " events",
                    "the one event to write as " + format + " (an option naming it)", null);
        }
        return catalog.events().get(0).id();
    }

    /** @return the catalog, or the part around the event the options name */
    static Catalog scope(Catalog catalog, FormatOptions options) {
        return options.event().map(id -> {
            if (catalog.event(id).isEmpty()) {
                throw new InputException("event", "'" + id + "'", "the id of an event of the catalog", null);
            }
            return EventClosure.around(catalog, id);
        }).orElse(catalog);
    }

    static void write(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static Event event(Catalog catalog, EventId id) {
        return catalog.event(id).orElseThrow();
    }
}
