package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What the three calendar formats share: the options they understand and the way from a catalog
 * to Konvent's iCalendar text. Options ({@link FormatOptions#extra()}): {@code grouping} =
 * {@code auto} | {@code programme} | {@code events} (reading, see docs/FORMAT-ICAL.md),
 * {@code zone} = an IANA zone for UTC and floating times (reading), {@code sessions} =
 * {@code true} | {@code false} (writing: each session as its own VEVENT, default true),
 * {@code uid-prefix} (both).
 */
abstract class CalendarFormat implements CatalogFormat {
    @Override
    public final boolean canRead() {
        return true;
    }

    @Override
    public final boolean canWrite() {
        return true;
    }

    static KonventICal settings(FormatOptions options) {
        KonventICal k = KonventICal.create();
        if (options.get("zone").isPresent()) {
            String zone = options.get("zone").get();
            try {
                k = k.withDefaultZone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw new InputException("option zone", "'" + ContentLines.shorten(zone) + "'",
                        "an IANA time zone name such as Europe/Berlin", e);
            }
        }
        if (options.get("uid-prefix").filter(p -> !p.isBlank()).isPresent()) {
            k = k.withUidPrefix(options.get("uid-prefix").get());
        }
        if (options.get("sessions").filter("false"::equalsIgnoreCase).isPresent()) {
            k = k.withSessions(false);
        }
        return k;
    }

    static Grouping grouping(FormatOptions options) {
        return Grouping.of(options.get("grouping").orElse("auto"));
    }

    /** @return the catalog (or the option's one event) as Konvent's iCalendar text */
    static String ics(Catalog catalog, FormatOptions options) {
        KonventICal k = settings(options);
        StringWriter out = new StringWriter();
        if (options.event().isPresent()) {
            k.exportEvent(catalog, options.event().get(), out);
        } else {
            k.exportCatalog(catalog, out);
        }
        return out.toString();
    }

    /** @return the tree of Konvent's iCalendar text for the catalog, for jCal and xCal */
    static Component tree(Catalog catalog, FormatOptions options) {
        return ComponentReader.tree(new ByteArrayInputStream(ics(catalog, options).getBytes(StandardCharsets.UTF_8)));
    }

    static void write(String text, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(text);
        w.flush();
    }

    static ReadResult result(Catalog catalog) {
        return ReadResult.of(catalog);
    }

    /** Reads a VCALENDAR model (from jCal or xCal) as the iCalendar reader would. */
    static ReadResult read(Component calendar, FormatOptions options) {
        return result(options.limits().check(new CalendarImport(settings(options), grouping(options)).read(calendar)));
    }

    /** Reads iCalendar octets. */
    static ReadResult readIcs(InputStream in, FormatOptions options) {
        return result(options.limits().check(new CalendarImport(settings(options), grouping(options)).read(in)));
    }
}
