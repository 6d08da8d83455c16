package io.github.konvent.frab;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.id.EventId;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The frab/pentabarf {@code schedule.xml} ({@code schedule-xml}), read and written (see {@link
 * FrabXml}). Writing needs one event: the one the options name, or the only one.
 */
public final class ScheduleXmlFormat implements CatalogFormat {
    private static final Pattern ROOT = Pattern.compile(
            "\\A\\s*(<\\?xml[^>]*\\?>\\s*)?(<!--.*?-->\\s*)*<schedule[\\s>/]", Pattern.DOTALL);

    /** Creates the format; it holds no state. */
    public ScheduleXmlFormat() {}

    @Override
    public String name() {
        return "schedule-xml";
    }

    @Override
    public String displayName() {
        return "frab schedule.xml";
    }

    @Override
    public String mediaType() {
        return "application/vnd.c3voc.schedule+xml";
    }

    @Override
    public List<String> extensions() {
        return List.of("xml");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public int detect(FormatHead head) {
        String text = head.text();
        if (ROOT.matcher(text).lookingAt()) {
            return text.contains("<conference") || text.contains("<day") ? 95 : 70;
        }
        return head.extension().filter("xml"::equals).isPresent() && text.contains("<schedule") ? 10 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        return FrabXml.read(in, options.limits());
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws java.io.IOException {
        EventId id;
        if (options.event().isPresent()) {
            id = options.event().get();
            if (catalog.event(id).isEmpty()) {
                throw new InputException("event", "'" + id + "'", "the id of an event of the catalog", null);
            }
        } else if (catalog.events().size() == 1) {
            id = catalog.events().get(0).id();
        } else {
            throw new InputException("event", catalog.events().size() + " events",
                    "the one event to write as schedule.xml (an option naming it)", null);
        }
        FrabXml.write(catalog, id, out);
        out.flush();
    }
}
