package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Konvent JSON catalog document ({@code konvent-json}), read and written. Option {@code
 * lenient=true} skips unknown properties while reading.
 */
public final class KonventJsonFormat implements CatalogFormat {
    /** Creates the format; it holds no state. */
    public KonventJsonFormat() {}

    @Override
    public String name() {
        return "konvent-json";
    }

    @Override
    public String displayName() {
        return "Konvent JSON";
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
        if (!JsonFormats.isObject(head)) {
            return 0;
        }
        if (head.text().matches("(?s)\\A\\s*\\{\\s*\"konvent\"\\s*:.*") && !JsonFormats.has(head, "lines")) {
            return 90;
        }
        return JsonFormats.has(head, "konvent") && !JsonFormats.has(head, "lines") ? 60 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        boolean lenient = options.get("lenient").map(Boolean::parseBoolean).orElse(false);
        return ReadResult.of(KonventJson.read(in, !lenient, options.limits()));
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws java.io.IOException {
        KonventJson.write(JsonFormats.scope(catalog, options), out,
                options.withPrivateContacts() ? KonventJson.Contacts.ALL : KonventJson.Contacts.PUBLIC_ONLY);
        out.flush();
    }
}
