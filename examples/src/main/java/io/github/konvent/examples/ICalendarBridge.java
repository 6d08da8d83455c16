package io.github.konvent.examples;

import io.github.konvent.Catalog;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * iCalendar through {@link KonventICal}, for as long as konvent-ical registers no {@link
 * CatalogFormat} named {@code ical} of its own: {@link CatalogFiles#formats()} adds it only then,
 * so the installed one always wins.
 */
final class ICalendarBridge implements CatalogFormat {
    @Override
    public String name() {
        return "ical";
    }

    @Override
    public String displayName() {
        return "iCalendar";
    }

    @Override
    public String mediaType() {
        return "text/calendar";
    }

    @Override
    public List<String> extensions() {
        return List.of("ics", "ical", "ifb");
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
        String t = head.text().stripLeading();
        return t.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15) ? 95 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        return ReadResult.of(KonventICal.create().read(in));
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        KonventICal ical = KonventICal.create();
        String text = options.event().isPresent() ? ical.exportEvent(catalog, options.event().get()) : ical.exportCatalog(catalog);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
