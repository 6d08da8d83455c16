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
 * The flat c3voc {@code schedule2} JSON ({@code schedule2}) of the CCC hub, read and written (see
 * {@link Schedule2Json}). Writing needs one event: the one the options name, or the only one.
 */
public final class Schedule2Format implements CatalogFormat {
    /** Creates the format; it holds no state. */
    public Schedule2Format() {}

    @Override
    public String name() {
        return "schedule2";
    }

    @Override
    public String displayName() {
        return "c3voc schedule2 JSON";
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

    /** @return whether the head looks like schedule2 rather than schedule.json v1 */
    static boolean looksLikeSchedule2(FormatHead head) {
        if (head.text().contains("schema2")) {
            return true;
        }
        return JsonFormats.has(head, "schedule") && JsonFormats.has(head, "conference")
                && !JsonFormats.has(head, "daysCount") && !JsonFormats.has(head, "day_start")
                && (JsonFormats.has(head, "events") || JsonFormats.has(head, "participants")
                        || head.text().matches("(?s).*\"start\"\\s*:\\s*\"\\d{4}-\\d\\d-\\d\\dT.*"));
    }

    @Override
    public int detect(FormatHead head) {
        if (!JsonFormats.isObject(head) || !JsonFormats.has(head, "schedule")) {
            return 0;
        }
        return looksLikeSchedule2(head) ? (head.text().contains("schema2") ? 95 : 80) : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        return Schedule2Json.read(in, options.limits());
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Schedule2Json.export(catalog, JsonFormats.oneEvent(catalog, options, displayName()), w);
        w.flush();
    }
}
