package io.repmysql.driver.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;

/**
 * The driver's sockets ({@link BufferedSocketFactory}) for the read port, with the handshake bounded by closing
 * the socket instead of by a socket timeout. Behind HAProxy a black-holed replica accepts the TCP connection (HAProxy does) and then never
 * greets, so the handshake needs a bound: {@code connectTimeout}, which the driver sets to
 * {@code readerConnectTimeoutMs} on the read port. A socket timeout would bound it too, but the JDK's socket switches
 * to non-blocking mode at its first timed read and never switches back, even once the timeout is 0 again: every
 * later read that finds no answer yet then costs a failed read and a poll, about 6 µs of CPU per point select.
 * Connector/J creates one instance per connection attempt, by this class's name ({@code socketFactory}).
 */
public final class ReaderSocketFactory extends BufferedSocketFactory {

    private final AtomicBoolean finished = new AtomicBoolean();
    private ScheduledFuture<?> bound;
    private int boundMs;

    @Override
    public <T extends Closeable> T connect(String hostname, int portNumber, PropertySet properties, int loginTimeout)
            throws IOException {
        T connected = super.connect(hostname, portNumber, properties, loginTimeout);
        boundMs = properties.getIntegerProperty(PropertyKey.connectTimeout).getValue();
        if (boundMs > 0) {
            Socket socket = rawSocket;
            bound = Watchdog.TIMER.schedule(() -> {
                if (finished.compareAndSet(false, true)) {
                    closeQuietly(socket);
                }
            }, boundMs, TimeUnit.MILLISECONDS);
        }
        return connected;
    }

    /** The handshake is done: the bound no longer applies, unless it already closed the socket. */
    @Override
    public void afterHandshake() throws IOException {
        if (bound != null) {
            bound.cancel(false);
            if (!finished.compareAndSet(false, true)) {
                throw new SocketTimeoutException("no handshake from " + host + ":" + port + " within " + boundMs
                        + " ms (connectTimeout)");
            }
        }
        super.afterHandshake();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The attempt fails on its own read; nothing else holds this socket.
        }
    }

    /** One daemon thread for every reader's handshake bound in this JVM, created on first use. */
    private static final class Watchdog {

        static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "repmysql-reader-handshake");
            thread.setDaemon(true);
            return thread;
        });

        static {
            TIMER.setRemoveOnCancelPolicy(true);
        }

        private Watchdog() {
        }
    }
}
