package io.repmysql.driver.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A socket's input, read in chunks of up to {@link #SIZE} bytes. Unlike {@link java.io.BufferedInputStream},
 * {@link #available()} counts only what is buffered, without asking the kernel: a valid answer (bytes that can be
 * read without blocking), and the one a TLS socket gives. One reader at a time, as Connector/J reads a connection.
 */
final class SocketInputBuffer extends InputStream {

    static final int SIZE = 16384;

    private final InputStream socket;
    private final byte[] buffer = new byte[SIZE];
    private int position;
    private int end;

    SocketInputBuffer(InputStream socket) {
        this.socket = socket;
    }

    @Override
    public int available() {
        return end - position;
    }

    @Override
    public int read() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (position == end) {
            if (length >= SIZE) {
                return socket.read(into, offset, length); // as large as the buffer: no copy
            }
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(length, end - position);
        System.arraycopy(buffer, position, into, offset, count);
        position += count;
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        if (count <= 0) {
            return 0;
        }
        if (position == end) {
            return socket.skip(count);
        }
        int skipped = (int) Math.min(count, end - position);
        position += skipped;
        return skipped;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** One read of whatever the socket has, up to the buffer's size; false at the end of the stream. */
    private boolean fill() throws IOException {
        int count = socket.read(buffer, 0, SIZE);
        if (count <= 0) {
            return false;
        }
        position = 0;
        end = count;
        return true;
    }
}
