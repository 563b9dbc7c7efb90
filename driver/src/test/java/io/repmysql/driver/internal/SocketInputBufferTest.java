package io.repmysql.driver.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.junit.jupiter.api.Test;

/** The socket's input as Connector/J reads it: what arrived in one piece is read once from the socket. */
class SocketInputBufferTest {

    @Test
    void aResponseThatArrivedInOnePiece_isReadWithOneSocketRead_andCountedAsAvailableWithoutAskingTheSocket()
            throws IOException {
        Socket socket = new Socket(bytes(0, 40));
        SocketInputBuffer input = new SocketInputBuffer(socket);

        assertThat(input.available()).as("nothing read yet").isZero();
        byte[] header = new byte[4];
        assertThat(input.read(header, 0, 4)).isEqualTo(4);
        assertThat(input.available()).isEqualTo(36);
        byte[] payload = new byte[36];
        assertThat(input.read(payload, 0, 36)).isEqualTo(36);

        assertThat(header).containsExactly(bytes(0, 4));
        assertThat(payload).containsExactly(Arrays.copyOfRange(bytes(0, 40), 4, 40));
        assertThat(socket.reads).isEqualTo(1);
        assertThat(socket.availableCalls).isZero();
    }

    @Test
    void aReadLongerThanWhatIsBuffered_returnsTheBufferedPart_thenReadsTheNextPiece() throws IOException {
        Socket socket = new Socket(bytes(0, 10), bytes(10, 30));
        SocketInputBuffer input = new SocketInputBuffer(socket);
        byte[] into = new byte[30];

        assertThat(input.read(into, 0, 30)).isEqualTo(10);
        assertThat(input.read(into, 10, 20)).isEqualTo(20);
        assertThat(input.read()).isEqualTo(-1);

        assertThat(into).containsExactly(bytes(0, 30));
    }

    @Test
    void aReadAsLargeAsTheBuffer_goesStraightToTheSocket() throws IOException {
        byte[] large = bytes(0, SocketInputBuffer.SIZE * 2);
        SocketInputBuffer input = new SocketInputBuffer(new ByteArrayInputStream(large));
        byte[] into = new byte[large.length];

        int read = 0;
        while (read < into.length) {
            read += input.read(into, read, into.length - read);
        }

        assertThat(into).containsExactly(large);
        assertThat(input.available()).isZero();
    }

    @Test
    void singleBytes_skipAndEndOfStream() throws IOException {
        SocketInputBuffer input = new SocketInputBuffer(new Socket(bytes(0, 5)));

        assertThat(input.read()).isEqualTo(0);
        assertThat(input.skip(2)).isEqualTo(2);
        assertThat(input.read()).isEqualTo(3);
        assertThat(input.read(new byte[8], 0, 8)).isEqualTo(1);
        assertThat(input.read()).isEqualTo(-1);
        assertThat(input.read(new byte[8], 0, 8)).isEqualTo(-1);
        assertThat(input.read(new byte[8], 0, 0)).isZero();
    }

    private static byte[] bytes(int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    /** A socket's stream that hands out one arrived piece per read, as the kernel does, and counts the calls. */
    private static final class Socket extends InputStream {

        private final Deque<byte[]> pieces = new ArrayDeque<>();
        int reads;
        int availableCalls;

        Socket(byte[]... pieces) {
            this.pieces.addAll(Arrays.asList(pieces));
        }

        @Override
        public int read() {
            throw new AssertionError("the buffer reads in pieces");
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            reads++;
            byte[] piece = pieces.poll();
            if (piece == null) {
                return -1;
            }
            int count = Math.min(length, piece.length);
            System.arraycopy(piece, 0, into, offset, count);
            if (count < piece.length) {
                pieces.push(Arrays.copyOfRange(piece, count, piece.length));
            }
            return count;
        }

        @Override
        public int available() {
            availableCalls++;
            return pieces.isEmpty() ? 0 : pieces.peek().length;
        }
    }
}
