package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** schema.org JSON-LD ({@code jsonld}), written only: for web pages and search engines. */
public final class JsonLdFormat implements CatalogFormat {
    /** Creates the format; it holds no state. */
    public JsonLdFormat() {}

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public String displayName() {
        return "schema.org JSON-LD";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonld");
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public int detect(FormatHead head) {
        return JsonFormats.isObject(head) && JsonFormats.has(head, "@context") && head.text().contains("schema.org")
                ? 90 : 0;
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        JsonFormats.write(options.event().isPresent()
                ? SchemaOrg.event(catalog, JsonFormats.oneEvent(catalog, options, "JSON-LD"))
                : SchemaOrg.catalog(catalog), out);
    }
}
