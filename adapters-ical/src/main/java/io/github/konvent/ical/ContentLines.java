package io.github.konvent.ical;

import io.github.konvent.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads unfolded iCalendar content lines (RFC 5545 section 3.1) one at a time, with the number of
 * the physical line each starts on; accepts CRLF and bare LF, and both space and tab as folding.
 */
final class ContentLines {
    static final int MAX_LINE = 1 << 20;

    /** One content line: upper-case name, parameters (upper-case names), raw value. */
    record Line(int number, String name, Map<String, String> params, String value) {
        String param(String key) {
            return params.get(key);
        }

        String where() {
            return "line " + number + " (" + name + ")";
        }
    }

    private final Reader in;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private int physical;
    private final StringBuilder logical = new StringBuilder(256);

    ContentLines(Reader in) {
        this.in = in;
    }

    private int read() {
        if (pos == len) {
            try {
                len = in.read(buf, 0, buf.length);
            } catch (CharacterCodingException e) {
                throw Errors.input("line " + (physical + 1), "bytes that are not UTF-8", "UTF-8 text", e);
            } catch (IOException e) {
                throw Errors.input("line " + (physical + 1), "an I/O error: " + e.getMessage(), "readable input", e);
            }
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    /** @return the number of the last physical line read */
    int lastLine() {
        return physical;
    }

    private int peek() {
        int c = read();
        if (c >= 0) {
            pos--;
        }
        return c;
    }

    /** @return the next non-empty logical line, or null at the end */
    Line next() {
        while (true) {
            logical.setLength(0);
            int c = read();
            if (c < 0) {
                return null;
            }
            physical++;
            if (physical == 1 && c == '\uFEFF') {
                c = read(); // a byte order mark, as some Windows tools write
            }
            int start = physical;
            while (true) {
                if (c < 0) {
                    break;
                }
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    int d = peek();
                    if (d == ' ' || d == '\t') {
                        read();
                        physical++;
                        c = read();
                        continue;
                    }
                    break;
                }
                if (logical.length() >= MAX_LINE) {
                    throw Errors.input("line " + start, "a content line longer than " + MAX_LINE + " characters",
                            "shorter lines");
                }
                logical.append((char) c);
                c = read();
            }
            if (logical.length() == 0 || logical.toString().isBlank()) {
                continue;
            }
            return parse(start, logical);
        }
    }

    private static Line parse(int number, CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) {
            i++;
        }
        String name = s.subSequence(0, i).toString().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || i >= n || (s.charAt(i) != ';' && s.charAt(i) != ':')) {
            throw Errors.input("line " + number, "'" + shorten(s) + "'", "a content line NAME[;PARAM=VALUE]:VALUE");
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
                throw Errors.input("line " + number + " (" + name + ")", "a parameter without '=' value",
                        "PARAM=VALUE");
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
                        throw Errors.input("line " + number + " (" + name + ")", "an unclosed quote in parameter " + pname,
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
            throw Errors.input("line " + number + " (" + name + ")", "'" + shorten(s) + "'", "':' before the value");
        }
        return new Line(number, name, params, s.subSequence(i + 1, n).toString());
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
