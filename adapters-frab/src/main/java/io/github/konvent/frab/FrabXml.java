package io.github.konvent.frab;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one-line entry to the frab/pentabarf {@code schedule.xml} that frab, pretalx, wafer
 * (DebConf) and FOSDEM's pentabarf export and conference apps (Giggity, Fahrplan, ConfClerk)
 * read. Reading streams with StAX and refuses DTDs and external entities; writing gives a file
 * that validates against the c3voc XSD. See docs/FORMAT-FRAB.md.
 */
public final class FrabXml {
    private FrabXml() {}

    /**
     * Reads a schedule.xml: the instants of the {@code <date>} elements are the truth; where
     * {@code <time_zone_name>} disagrees with them, a warning says so. Guids, ids, codes and slugs
     * become external ids ({@code frab.guid}, {@code frab.id}, …).
     *
     * @param in the document; not closed
     * @return one event with its venue, rooms and people, and the reader's notices
     * @throws InputException naming the element and line of the first problem; nothing is
     *     returned for bad input
     */
    public static ReadResult read(InputStream in) {
        return read(in, ReadLimits.defaults());
    }

    /**
     * Like {@link #read(InputStream)}, within other limits.
     *
     * @param in the document; not closed
     * @param limits the maximums to accept; beyond one the read fails naming it
     * @return one event with its venue, rooms and people, and the reader's notices
     * @throws InputException naming the element and line of the first problem, or the limit
     */
    public static ReadResult read(InputStream in, ReadLimits limits) {
        try {
            return ScheduleXmlReader.read(in, limits);
        } catch (KonventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("input", "an unexpected failure: " + e, "a readable schedule.xml", e);
        }
    }

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @param out where the UTF-8 document goes; flushed, not closed
     */
    public static void write(Catalog catalog, EventId event, OutputStream out) {
        Event e = catalog.event(event).orElseThrow(() -> new KonventException("No event '" + event + "' in the catalog"));
        ScheduleXmlWriter.write(catalog, e, out);
    }

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @return that event's programme as schedule.xml
     */
    public static String write(Catalog catalog, EventId event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(catalog, event, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
