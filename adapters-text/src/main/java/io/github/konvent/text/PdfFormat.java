package io.github.konvent.text;

import io.github.konvent.spi.FormatHead;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A PDF programme with a German event announcement ({@code pdf}), read with Apache PDFBox:
 * recognised by its signature {@code %PDF-}. Thread-safe.
 */
public final class PdfFormat extends AnnouncementFormat {
    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Creates the format (stateless). */
    public PdfFormat() {}

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String displayName() {
        return "Announcement programme (PDF)";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public int detect(FormatHead head) {
        if (head.startsWith(SIGNATURE)) {
            return 100;
        }
        return head.extension().filter("pdf"::equals).isPresent() ? 1 : 0;
    }

    @Override
    int limit() {
        return PdfText.MAX_PDF_BYTES;
    }

    @Override
    TextImport.Result read(byte[] bytes, TextImport.Options options) {
        return TextImport.readPdf(bytes, options);
    }
}
