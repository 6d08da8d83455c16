package io.github.konvent.text;

import io.github.konvent.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns plain text into {@link SourceLine}s: decodes the bytes (UTF-8, else Windows-1252),
 * refuses binary data and oversized input, splits lines, cleans white space and caps every line.
 * Thread-safe (stateless).
 */
public final class LineText {
    /** The longest line kept; the rest of a longer line is cut off (and noted). */
    public static final int MAX_LINE = 1_000;

    /** The largest text or HTML input accepted, in bytes (an announcement is far smaller). */
    public static final int MAX_TEXT_BYTES = 8 * 1024 * 1024;

    private LineText() {}

    /**
     * @param bytes the file's bytes
     * @param where the input's name for messages
     * @return the decoded text without a byte order mark
     * @throws InputException when the bytes are binary data or larger than {@link #MAX_TEXT_BYTES}
     */
    public static String decode(byte[] bytes, String where) {
        if (bytes.length > MAX_TEXT_BYTES) {
            throw new InputException(where, "a text of " + (bytes.length / (1024 * 1024)) + " MB",
                    "an announcement of at most " + (MAX_TEXT_BYTES / (1024 * 1024)) + " MB", null);
        }
        int controls = 0;
        int n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
                controls++;
            }
        }
        if (controls > 0 && (controls * 100 > n || hasNul(bytes, n))) {
            throw new InputException(where, "binary data (" + controls + " control bytes in the first " + n + ")",
                    "German announcement text (UTF-8 or Windows-1252)", null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean hasNul(byte[] bytes, int n) {
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits text into lines (at LF, CR LF or CR), numbered from 1 as in the source; blank lines
     * are kept out but count. A line starting with Markdown {@code #} becomes a heading.
     *
     * @param text the text
     * @return the non-blank lines
     */
    public static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        int number = 1;
        int start = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                add(out, number, text, start, i);
                number++;
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static void add(List<SourceLine> out, int number, String text, int from, int to) {
        int end = Math.min(to, from + MAX_LINE * 4);
        String clean = clean(text.substring(from, end));
        if (clean.isEmpty()) {
            return;
        }
        int heading = 0;
        while (heading < clean.length() && heading < 6 && clean.charAt(heading) == '#') {
            heading++;
        }
        if (heading > 0 && heading < clean.length() && clean.charAt(heading) == ' ') {
            clean = clean.substring(heading + 1);
        } else {
            heading = 0;
        }
        out.add(new SourceLine(number, clean, heading, "line " + number));
    }

    /**
     * Cleans one line: every kind of space becomes a plain space, runs collapse, control and
     * zero-width characters go, the ends are trimmed, and the result is cut to {@link #MAX_LINE}.
     *
     * @param raw the raw line
     * @return the clean line, possibly empty
     */
    public static String clean(String raw) {
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), MAX_LINE));
        boolean space = false;
        for (int i = 0; i < raw.length() && sb.length() < MAX_LINE; i++) {
            char c = raw.charAt(i);
            if (c > ' ' && c < 0x7F) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
                continue;
            }
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
