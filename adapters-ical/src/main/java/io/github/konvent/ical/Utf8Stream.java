package io.github.konvent.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The characters of a {@link Reader} as UTF-8 octets, for the octet-level line reader. */
final class Utf8Stream extends InputStream {
    private final Reader in;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(4096);
    private final ByteBuffer bytes = ByteBuffer.allocate(16384);
    private boolean end;

    Utf8Stream(Reader in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (end) {
                return -1;
            }
            int n = in.read(chars);
            chars.flip();
            bytes.clear();
            if (n < 0) {
                end = true;
                encoder.encode(chars, bytes, true);
                encoder.flush(bytes);
            } else {
                encoder.encode(chars, bytes, false);
            }
            chars.compact();
            bytes.flip();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }
}
