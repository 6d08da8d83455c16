package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Konvent JSON Lines ({@code konvent-jsonl}): a header line, then one event per line. */
public final class KonventJsonLinesFormat implements CatalogFormat {
    /** Creates the format; it holds no state. */
    public KonventJsonLinesFormat() {}

    @Override
    public String name() {
        return "konvent-jsonl";
    }

    @Override
    public String displayName() {
        return "Konvent JSON Lines";
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl", "ndjson");
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
        String first = head.text().strip().lines().findFirst().orElse("");
        if (first.startsWith("{") && first.matches(".*\"konvent\"\\s*:.*") && first.matches(".*\"lines\"\\s*:\\s*\"header\".*")) {
            return 95;
        }
        return head.extension().filter(extensions()::contains).isPresent() ? 1 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) {
        return ReadResult.of(KonventJson.readLines(in, options.limits()));
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws java.io.IOException {
        KonventJson.writeLines(JsonFormats.scope(catalog, options), out,
                options.withPrivateContacts() ? KonventJson.Contacts.ALL : KonventJson.Contacts.PUBLIC_ONLY);
        out.flush();
    }
}
