package io.github.konvent.text;

import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;

/**
 * What the three announcement formats ({@link TextFormat}, {@link HtmlFormat}, {@link PdfFormat})
 * share: read only, options {@code year} and {@code source-url}, the {@link ReadLimits} of the
 * format options, the review list as the read result's notices.
 */
abstract class AnnouncementFormat implements CatalogFormat {
    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) throws IOException {
        long maxDocument = options.limits().maxDocumentLength();
        int max = (int) Math.min(limit(), maxDocument);
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            if (max == maxDocument) {
                throw ReadLimits.exceeded(name(), "more than " + max + " bytes", "maxDocumentLength", max);
            }
            throw new io.github.konvent.InputException(name(), "more than " + (limit() / (1024 * 1024)) + " MB",
                    "an announcement of at most " + (limit() / (1024 * 1024)) + " MB", null);
        }
        return read(bytes, TextImport.Options.from(options, name())).toReadResult();
    }

    /** @return the largest input read, in bytes */
    int limit() {
        return LineText.MAX_TEXT_BYTES;
    }

    abstract TextImport.Result read(byte[] bytes, TextImport.Options options);
}
