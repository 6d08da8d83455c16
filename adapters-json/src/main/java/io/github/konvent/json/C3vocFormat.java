package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The c3voc schedule.json "v1" ({@code c3voc}) that frab and pretalx export: one event's
 * programme, read faithfully (see {@link ScheduleJson#readResult}) and written with the
 * identities an import kept. Writing needs one event: the one the options name, or the only one.
 */
public final class C3vocFormat implements CatalogFormat {
    /** Creates the format; it holds no state. */
    public C3vocFormat() {}

    @Override
    public String name() {
        return "c3voc";
    }

    @Override
    public String displayName() {
        return "c3voc schedule.json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
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
        if (!JsonFormats.isObject(head) || !JsonFormats.has(head, "schedule") || !JsonFormats.has(head, "conference")) {
            return 0;
        }
        if (Schedule2Format.looksLikeSchedule2(head)) {
            return 0;
        }
        return JsonFormats.has(head, "daysCount") || JsonFormats.has(head, "day_start") ? 90 : 50;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        return ScheduleJson.readResult(in, options.limits());
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ScheduleJson.export(catalog, JsonFormats.oneEvent(catalog, options, displayName()), w);
        w.flush();
    }
}
