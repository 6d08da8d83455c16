package io.github.konvent.spi;

import io.github.konvent.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes octets through and checks on the way that they are UTF-8 (RFC 3629): no overlong forms,
 * no encoded surrogates, nothing above U+10FFFF, no sequence cut off. A violation is an {@link
 * InputException} at its line, before any parser sees the bytes, so every reader of a UTF-8
 * format names bad bytes the same way (and the JDK's XML parser never prints its own "[Fatal
 * Error]" line to standard error for them). Not thread-safe, like any stream.
 */
public final class StrictUtf8 extends InputStream {
    private int line = 1;
    private int need;
    private int lo = 0x80;
    private int hi = 0xBF;

    private final InputStream in;

    private StrictUtf8(InputStream in) {
        this.in = in;
    }

    /**
     * @param in octets that should be UTF-8; closed when the returned stream is closed
     * @return the same octets, checked as they pass
     */
    public static InputStream of(InputStream in) {
        return new StrictUtf8(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
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
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void end() {
        if (need > 0) {
            throw new InputException("line " + line, "the input ending inside a UTF-8 sequence", "UTF-8 text", null);
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
        throw new InputException("line " + line, String.format(Locale.ROOT, "the byte %02X, which is not UTF-8 here", b)
                + " (an overlong form, a surrogate or a broken sequence)", "UTF-8 text", null);
    }
}
