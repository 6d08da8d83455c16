package io.github.konvent.json;

import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page of the pretalx REST API ({@code {"count": …, "next": …, "results": [...]}}): recognised
 * only, so that the error says what the file is. A schedule comes from pretalx's schedule export
 * ({@code /<event>/schedule/export/schedule.json} or {@code schedule.xml}) instead.
 */
public final class PretalxApiFormat implements CatalogFormat {
    private static final Pattern PAGE = Pattern.compile(
            "\\A\\s*\\{\\s*\"(count|next|previous|results)\"\\s*:");

    /** Creates the format; it holds no state. */
    public PretalxApiFormat() {}

    @Override
    public String name() {
        return "pretalx-api";
    }

    @Override
    public String displayName() {
        return "pretalx API response (not a c3voc schedule.json: export the schedule from pretalx's "
                + "schedule/export/schedule.json or schedule.xml instead)";
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
    public int detect(FormatHead head) {
        if (PAGE.matcher(head.text()).lookingAt() && JsonFormats.has(head, "results")
                && (JsonFormats.has(head, "count") || JsonFormats.has(head, "next"))) {
            return 95;
        }
        return 0;
    }
}
