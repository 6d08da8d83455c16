package io.github.konvent.text;

import io.github.konvent.spi.FormatHead;
import java.util.List;
import java.util.Locale;

/**
 * An HTML page with a German event announcement ({@code html}), read with jsoup: recognised by
 * {@code <!DOCTYPE html>} or an {@code <html>} element at the start. Thread-safe.
 */
public final class HtmlFormat extends AnnouncementFormat {
    /** Creates the format (stateless). */
    public HtmlFormat() {}

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String displayName() {
        return "Announcement page (HTML)";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public int detect(FormatHead head) {
        String start = head.text().stripLeading();
        String lower = start.substring(0, Math.min(start.length(), 512)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return 90;
        }
        if (lower.startsWith("<?xml") && lower.contains("<html")) {
            return 80;
        }
        if (lower.startsWith("<!--") && (lower.contains("<!doctype html") || lower.contains("<html"))) {
            return 70;
        }
        boolean ext = head.extension().filter(e -> e.equals("html") || e.equals("htm")).isPresent();
        return ext && lower.startsWith("<") ? 40 : 0;
    }

    @Override
    TextImport.Result read(byte[] bytes, TextImport.Options options) {
        return TextImport.readHtml(LineText.decode(bytes, options.sourceName()), options);
    }
}
