package io.github.konvent.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes iCalendar content lines (RFC 5545 section 3.1): escapes text, quotes parameters and folds
 * every line at 75 octets of UTF-8, never inside a character, with CRLF line ends.
 */
final class ContentWriter {
    static final int MAX_OCTETS = 75;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private final char[] buffer = new char[1024];

    ContentWriter(Writer out) {
        this.out = out;
    }

    void begin(String component) {
        line.setLength(0);
        line.append("BEGIN:").append(component);
        emit();
    }

    void end(String component) {
        line.setLength(0);
        line.append("END:").append(component);
        emit();
    }

    /** Starts a property line; finish it with {@link #value} or {@link #text}. */
    ContentWriter property(String name) {
        line.setLength(0);
        line.append(name);
        return this;
    }

    /** Adds a parameter, quoted where needed, with RFC 6868 caret encoding. */
    ContentWriter param(String name, String value) {
        line.append(';').append(name).append('=');
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':' || c == ';' || c == ',') {
                quote = true;
                break;
            }
        }
        if (quote) {
            line.append('"');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("^'");
                case '^' -> line.append("^^");
                case '\n' -> line.append("^n");
                case '\r' -> {
                    // a lone CR is a line break too, as in TEXT values; CR LF is one line break
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        line.append("^n");
                    }
                }
                default -> line.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        if (quote) {
            line.append('"');
        }
        return this;
    }

    /** Ends the line with a value written as is (a URI, a number, a date). */
    void value(String value) {
        line.append(':').append(value);
        emit();
    }

    /** Ends the line with a TEXT value, escaped. */
    void text(String value) {
        line.append(':');
        appendText(line, value);
        emit();
    }

    /** Ends the line with several TEXT values separated by commas (CATEGORIES). */
    void texts(Iterable<String> values) {
        line.append(':');
        boolean first = true;
        for (String v : values) {
            if (!first) {
                line.append(',');
            }
            first = false;
            appendText(line, v);
        }
        emit();
    }

    static void appendText(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        sb.append("\\n");
                    }
                }
                default -> sb.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : c);
            }
        }
    }

    static String localDateTime(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(15);
        appendDate(sb, t.toLocalDate());
        sb.append('T');
        pad(sb, t.getHour(), 2);
        pad(sb, t.getMinute(), 2);
        pad(sb, t.getSecond(), 2);
        return sb.toString();
    }

    static String utc(java.time.Instant instant) {
        return localDateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
    }

    static String date(LocalDate d) {
        StringBuilder sb = new StringBuilder(8);
        appendDate(sb, d);
        return sb.toString();
    }

    private static void appendDate(StringBuilder sb, LocalDate d) {
        pad(sb, d.getYear(), 4);
        pad(sb, d.getMonthValue(), 2);
        pad(sb, d.getDayOfMonth(), 2);
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        StringBuilder sb = new StringBuilder(7);
        sb.append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        pad(sb, total / 3600, 2);
        pad(sb, (total / 60) % 60, 2);
        if (total % 60 != 0) {
            pad(sb, total % 60, 2);
        }
        return sb.toString();
    }

    /** Writes the current line folded at 75 octets, never splitting a UTF-8 sequence. */
    private void emit() {
        try {
            int n = 0;
            int octets = 0;
            int len = line.length();
            for (int i = 0; i < len; i++) {
                char c = line.charAt(i);
                int width;
                boolean pair = false;
                if (c < 0x80) {
                    width = 1;
                } else if (c < 0x800) {
                    width = 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(line.charAt(i + 1))) {
                    width = 4;
                    pair = true;
                } else {
                    width = 3;
                }
                if (octets + width > MAX_OCTETS) {
                    if (n + 3 > buffer.length) {
                        out.write(buffer, 0, n);
                        n = 0;
                    }
                    buffer[n++] = '\r';
                    buffer[n++] = '\n';
                    buffer[n++] = ' ';
                    octets = 1;
                }
                if (n + 2 > buffer.length) {
                    out.write(buffer, 0, n);
                    n = 0;
                }
                buffer[n++] = c;
                if (pair) {
                    buffer[n++] = line.charAt(++i);
                }
                octets += width;
            }
            if (n + 2 > buffer.length) {
                out.write(buffer, 0, n);
                n = 0;
            }
            buffer[n++] = '\r';
            buffer[n++] = '\n';
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
