package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * jCal (RFC 7265, iCalendar as JSON) as a {@link io.github.konvent.spi.CatalogFormat} named
 * {@code jcal}, on the same model and with the same options as {@link ICalFormat}. Stateless and
 * thread-safe.
 */
public final class JCalFormat extends CalendarFormat {
    private static final Pattern SIGNATURE = Pattern.compile("^\\s*\\[\\s*\"vcalendar\"", Pattern.CASE_INSENSITIVE);

    /** Creates the format (as {@link java.util.ServiceLoader} does). */
    public JCalFormat() {
        // stateless
    }

    @Override
    public String name() {
        return "jcal";
    }

    @Override
    public String displayName() {
        return "jCal (iCalendar as JSON)";
    }

    @Override
    public String mediaType() {
        return "application/calendar+json";
    }

    @Override
    public List<String> extensions() {
        return List.of("jcal", "jcs");
    }

    @Override
    public int detect(FormatHead head) {
        if (SIGNATURE.matcher(head.text()).find()) {
            return 100;
        }
        return head.extension().filter(extensions()::contains).isPresent() ? 5 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) throws IOException {
        return read(JCal.read(options.limits().bounded(in)), options);
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        write(JCal.write(tree(catalog, options)), out);
    }
}
