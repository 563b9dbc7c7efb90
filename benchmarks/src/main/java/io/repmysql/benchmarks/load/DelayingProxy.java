package io.repmysql.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on 127.0.0.1 that hands on every chunk the server sends a fixed time after it arrived (the client's
 * bytes go on at once). Put between a replica and its source, it keeps the replica that far behind without
 * slowing the source: a network far away, which MASTER_DELAY (whole seconds) cannot give.
 */
final class DelayingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final long delayNanos;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    DelayingProxy(int targetPort, long delayMillis) throws IOException {
        this.listener = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.delayNanos = delayMillis * 1_000_000L;
        daemon("delaying-proxy-accept", this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                daemon("delaying-proxy-up", () -> relay(client, server, 0));
                daemon("delaying-proxy-down", () -> relay(server, client, delayNanos));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies {@code from} to {@code to}, each chunk {@code delay} nanoseconds after it was read. */
    private void relay(Socket from, Socket to, long delay) {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        if (delay > 0) {
            daemon("delaying-proxy-send", () -> send(queue, to));
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (delay == 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                } else {
                    queue.add(new Chunk(System.nanoTime() + delay, Arrays.copyOf(buffer, n)));
                }
            }
        } catch (IOException e) {
            // The other side closed: so does this one.
        } finally {
            queue.add(Chunk.END);
            if (delay == 0) {
                closeQuietly(to);
            }
        }
    }

    private void send(BlockingQueue<Chunk> queue, Socket to) {
        try {
            OutputStream out = to.getOutputStream();
            for (Chunk chunk = queue.take(); chunk != Chunk.END; chunk = queue.take()) {
                for (long wait = chunk.due - System.nanoTime(); wait > 0; wait = chunk.due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                out.write(chunk.bytes);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // Closed meanwhile.
        } finally {
            closeQuietly(to);
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(DelayingProxy::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private record Chunk(long due, byte[] bytes) {
        static final Chunk END = new Chunk(0, new byte[0]);
    }
}
