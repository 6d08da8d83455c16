package io.github.konvent.ical;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes octets through and checks on the way that they are UTF-8 (RFC 3629): no overlong forms,
 * no encoded surrogates, nothing above U+10FFFF, no sequence cut off. A violation is an
 * {@link io.github.konvent.InputException} at its line, before any parser sees the bytes, so jCal
 * and xCal name bad bytes the same way as iCalendar.
 */
final class StrictUtf8 extends FilterInputStream {
    private int line = 1;
    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;

    StrictUtf8(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buf[off + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && read() >= 0) {
            done++;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (need > 0) {
            throw Errors.input("line " + line, "the input ending inside a UTF-8 sequence", "UTF-8 text");
        }
    }

    private void check(int b) {
        if (need > 0) {
            if (b < lo || b > hi) {
                bad(b);
            }
            need--;
            lo = 0x80;
            hi = 0xBF;
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                line++;
            }
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b == 0xE0) {
            need = 2;
            lo = 0xA0;
        } else if (b == 0xED) {
            need = 2;
            hi = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            need = 2;
        } else if (b == 0xF0) {
            need = 3;
            lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
        } else if (b == 0xF4) {
            need = 3;
            hi = 0x8F;
        } else {
            bad(b);
        }
    }

    private void bad(int b) {
        throw Errors.input("line " + line, String.format(Locale.ROOT, "the byte %02X, which is not UTF-8 here", b)
                + " (an overlong form, a surrogate or a broken sequence)", "UTF-8 text");
    }
}
