package io.github.konvent.ical;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads unfolded iCalendar content lines (RFC 5545 section 3.1) one at a time from octets, with
 * the number of the physical line each starts on. Lines may end with CRLF, LF or a bare CR; a
 * line break followed by a space or tab is a fold, removed at the octet level <em>before</em> the
 * line is decoded as UTF-8, so a fold in the middle of a multi-octet character is harmless. Bytes
 * that are not UTF-8 (including overlong forms and encoded surrogates) are reported at the
 * physical line that holds them.
 */
final class ContentLines {
    /** The longest logical line, in octets. */
    static final int MAX_LINE = 1 << 20;

    /**
     * One content line: upper-case name, parameters (upper-case names), raw value, and where it
     * was ({@code line 12} for iCalendar, a path for jCal and xCal).
     */
    record Line(String at, String name, Map<String, String> params, String value) {
        String param(String key) {
            return params.get(key);
        }

        String where() {
            return at + " (" + name + ")";
        }

        Line withValue(String v) {
            return new Line(at, name, params, v);
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[16384];
    private int pos;
    private int len;
    private boolean eof;
    private int physical;
    private byte[] logical = new byte[256];
    private int size;
    /** For each fold in the current logical line: the octet offset where the next physical line starts. */
    private int[] folds = new int[8];
    private int foldCount;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);

    ContentLines(InputStream in) {
        this.in = in;
    }

    private int read() {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            try {
                len = in.read(buf, 0, buf.length);
            } catch (IOException e) {
                throw Errors.input("line " + Math.max(1, physical), "an I/O error: " + e.getMessage(), "readable input", e);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() {
        int c = read();
        if (c >= 0) {
            pos--;
        }
        return c;
    }

    /**
     * Whether a bare CR ends a line: when what follows is a fold, another line break, the end,
     * or the start of a content line (a name and then ';' or ':').
     */
    private boolean lineStartsAfterBareCr() {
        fill(80);
        if (pos == len) {
            return true;
        }
        int d = buf[pos] & 0xFF;
        if (d == ' ' || d == '\t' || d == '\r' || d == '\n') {
            return true;
        }
        int i = pos;
        int letters = 0;
        while (i < len) {
            int b = buf[i] & 0xFF;
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_') {
                i++;
                letters++;
            } else if (b == '\r' || b == '\n') {
                // a fold inside the next line's name ("S" CR " UMMARY:")
                int j = i + 1;
                if (b == '\r' && j < len && buf[j] == '\n') {
                    j++;
                }
                if (j < len && (buf[j] == ' ' || buf[j] == '\t')) {
                    i = j + 1;
                } else {
                    return false;
                }
            } else {
                return letters > 0 && (b == ';' || b == ':');
            }
        }
        return i - pos >= 70 ? false : eof;
    }

    /** Makes at least {@code need} octets available after {@code pos}, unless the input ends first. */
    private void fill(int need) {
        if (len - pos >= need || eof) {
            return;
        }
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
        while (len < need && !eof) {
            int n;
            try {
                n = in.read(buf, len, buf.length - len);
            } catch (IOException e) {
                throw Errors.input("line " + Math.max(1, physical), "an I/O error: " + e.getMessage(), "readable input", e);
            }
            if (n <= 0) {
                eof = true;
            } else {
                len += n;
            }
        }
    }

    /** @return the number of the last physical line read */
    int lastLine() {
        return physical;
    }

    /** @return the next non-blank logical line, or null at the end */
    Line next() {
        while (true) {
            size = 0;
            foldCount = 0;
            int c = read();
            if (c < 0) {
                return null;
            }
            physical++;
            int start = physical;
            if (physical == 1 && c == 0xEF && peek() == 0xBB) {
                read();
                if (peek() == 0xBF) {
                    read();
                    c = read(); // a byte order mark, as some Windows tools write
                } else {
                    append(0xEF, start);
                    c = 0xBB;
                }
            }
            while (c >= 0) {
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    } else if (c == '\r' && !lineStartsAfterBareCr()) {
                        // a carriage return inside a value, as text areas leak into feeds: dropped,
                        // like the independent readers that split lines at LF only
                        c = read();
                        continue;
                    }
                    int d = peek();
                    if (d == ' ' || d == '\t') {
                        read();
                        physical++;
                        if (foldCount == folds.length) {
                            folds = Arrays.copyOf(folds, folds.length * 2);
                        }
                        folds[foldCount++] = size;
                        c = read();
                        continue;
                    }
                    break;
                }
                append(c, start);
                c = read();
            }
            if (blank()) {
                continue;
            }
            return ContentLines.parse("line " + start, decode(start));
        }
    }

    private void append(int c, int start) {
        if (size >= MAX_LINE) {
            throw Errors.input("line " + start, "a content line longer than " + MAX_LINE + " octets", "shorter lines");
        }
        if (size == logical.length) {
            logical = Arrays.copyOf(logical, Math.min(MAX_LINE, logical.length * 2));
        }
        logical[size++] = (byte) c;
    }

    private boolean blank() {
        for (int i = 0; i < size; i++) {
            byte b = logical[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private String decode(int start) {
        ByteBuffer bytes = ByteBuffer.wrap(logical, 0, size);
        if (chars.capacity() < size) {
            chars = CharBuffer.allocate(Math.max(size, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            int offset = bytes.position();
            int line = start;
            for (int i = 0; i < foldCount && folds[i] <= offset; i++) {
                line++;
            }
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(size, offset + Math.max(1, r.length())); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", logical[i] & 0xFF));
            }
            throw Errors.input("line " + line, "bytes that are not UTF-8 (" + hex + ")", "UTF-8 text");
        }
        chars.flip();
        return chars.toString();
    }

    /**
     * Parses one unfolded content line.
     *
     * @param at where it is, e.g. {@code line 12}
     * @param s the line
     * @return the line's parts
     */
    static Line parse(String at, CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) {
            i++;
        }
        String name = s.subSequence(0, i).toString().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || i >= n || (s.charAt(i) != ';' && s.charAt(i) != ':')) {
            throw Errors.input(at, "'" + shorten(s) + "'", "a content line NAME[;PARAM=VALUE]:VALUE");
        }
        Map<String, String> params = Map.of();
        while (i < n && s.charAt(i) == ';') {
            i++;
            int ns = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ':' && s.charAt(i) != ';') {
                i++;
            }
            String pname = s.subSequence(ns, i).toString().trim().toUpperCase(Locale.ROOT);
            if (i >= n || s.charAt(i) != '=' || pname.isEmpty()) {
                throw Errors.input(at + " (" + name + ")", "a parameter without '=' value", "PARAM=VALUE");
            }
            i++;
            List<String> values = new ArrayList<>(1);
            while (true) {
                StringBuilder v = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    int close = i + 1;
                    while (close < n && s.charAt(close) != '"') {
                        close++;
                    }
                    if (close >= n) {
                        throw Errors.input(at + " (" + name + ")", "an unclosed quote in parameter " + pname,
                                "a closing '\"'");
                    }
                    v.append(s, i + 1, close);
                    i = close + 1;
                } else {
                    int vs = i;
                    while (i < n && s.charAt(i) != ';' && s.charAt(i) != ':' && s.charAt(i) != ',') {
                        i++;
                    }
                    v.append(s, vs, i);
                }
                values.add(caretDecode(v));
                if (i < n && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                break;
            }
            if (params.isEmpty()) {
                params = new LinkedHashMap<>();
            }
            params.putIfAbsent(pname, String.join(",", values));
        }
        if (i >= n || s.charAt(i) != ':') {
            throw Errors.input(at + " (" + name + ")", "'" + shorten(s) + "'", "':' before the value");
        }
        return new Line(at, name, params, s.subSequence(i + 1, n).toString());
    }

    private static String caretDecode(CharSequence v) {
        if (v.toString().indexOf('^') < 0) {
            return v.toString();
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '^' && i + 1 < v.length()) {
                char d = v.charAt(i + 1);
                if (d == 'n') {
                    sb.append('\n');
                    i++;
                    continue;
                } else if (d == '\'') {
                    sb.append('"');
                    i++;
                    continue;
                } else if (d == '^') {
                    sb.append('^');
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** @return a TEXT value with its escapes resolved (lenient: an unknown escape keeps its character) */
    static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char d = v.charAt(++i);
                sb.append(d == 'n' || d == 'N' ? '\n' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return a TEXT value escaped for a content line (backslash, semicolon, comma, newline) */
    static String escape(String v) {
        StringBuilder sb = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return the values of a multi-valued TEXT property, split at unescaped commas and unescaped */
    static List<String> splitTexts(String v) {
        return splitUnescaped(v, ',');
    }

    /**
     * @param v an escaped TEXT value
     * @param separator the separator (',' between values, ';' between structured fields)
     * @return the parts between unescaped separators, each unescaped
     */
    static List<String> splitUnescaped(String v, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char d = v.charAt(++i);
                cur.append(d == 'n' || d == 'N' ? '\n' : d);
            } else if (c == separator) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static String shorten(CharSequence s) {
        return s.length() <= 60 ? s.toString() : s.subSequence(0, 57) + "...";
    }
}
