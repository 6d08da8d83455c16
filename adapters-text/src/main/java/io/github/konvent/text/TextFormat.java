package io.github.konvent.text;

import io.github.konvent.spi.FormatHead;
import java.util.List;
import java.util.regex.Pattern;

/**
 * German announcement text ({@code text}): a programme copied from a page, a mail or a PDF.
 * Recognised only with a low confidence (the extension {@code .txt}, or German dates and
 * programme times in the first lines), so that it never takes a file another format claims.
 * Thread-safe.
 */
public final class TextFormat extends AnnouncementFormat {
    private static final Pattern GERMAN_TIME = Pattern.compile("(?m)^\\W{0,3}(?:ab\\s|bis\\s)?[012]?\\d[.:][0-5]\\d"
            + "(?:\\s?Uhr)?");
    private static final Pattern GERMAN_DATE = Pattern.compile("\\b\\d{1,2}\\.\\s?(?:Januar|Februar|März|April|Mai|Juni"
            + "|Juli|August|September|Oktober|November|Dezember)\\b");

    /** Creates the format (stateless). */
    public TextFormat() {}

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String displayName() {
        return "Announcement text (German)";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public int detect(FormatHead head) {
        if (head.isBlank()) {
            return 0;
        }
        String text = head.text();
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[") || start.startsWith("<") || start.startsWith("BEGIN:")
                || start.startsWith("%PDF")) {
            return 0;
        }
        if (text.indexOf('\0') >= 0 || text.chars().limit(4096).filter(c -> c == 0xFFFD).count() > 8) {
            return 0;
        }
        boolean txt = head.extension().filter(e -> e.equals("txt") || e.equals("text")).isPresent();
        boolean german = GERMAN_DATE.matcher(text).find() || GERMAN_TIME.matcher(text).find();
        if (txt && german) {
            return 15;
        }
        return txt ? 5 : german ? 3 : 0;
    }

    @Override
    TextImport.Result read(byte[] bytes, TextImport.Options options) {
        return TextImport.readText(LineText.decode(bytes, options.sourceName()), options);
    }
}
