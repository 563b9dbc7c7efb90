package io.repmysql.provisioner.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client inserting rows through HAProxy's write port in autocommit, one at a time, reconnecting after errors the
 * way a pool would. It records which inserts were acknowledged, so a test can prove none was lost, and when
 * writes failed and succeeded, so it can measure the outage.
 */
final class WriteLoad implements AutoCloseable {

    private final String url;
    private final java.util.Properties login = new java.util.Properties();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong errors = new AtomicLong();
    private volatile String lastError = "";
    private final AtomicLong lastSuccessNanos = new AtomicLong();
    private final AtomicLong longestGapNanos = new AtomicLong();
    private final AtomicLong markNanos = new AtomicLong();
    private final AtomicLong firstAckAfterMarkNanos = new AtomicLong();
    private final AtomicBoolean failedSinceMark = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    WriteLoad(String url, String user, String password) {
        this.url = url;
        login.setProperty("user", user);
        login.setProperty("password", password);
        this.thread = new Thread(this::run, "write-load");
        thread.start();
    }

    private void run() {
        long id = 0;
        Connection connection = null;
        while (running.get()) {
            try {
                if (connection == null) {
                    connection = DriverManager.getConnection(url, login);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO load_rows (id) VALUES (?)")) {
                    insert.setLong(1, ++id);
                    insert.executeUpdate();
                }
                acknowledged.add(id);
                long now = System.nanoTime();
                if (markNanos.get() != 0 && failedSinceMark.get()) {
                    firstAckAfterMarkNanos.compareAndSet(0, now);
                }
                long previous = lastSuccessNanos.getAndSet(now);
                if (previous != 0) {
                    longestGapNanos.accumulateAndGet(now - previous, Math::max);
                }
            } catch (SQLException e) {
                errors.incrementAndGet();
                lastError = e.getMessage();
                failedSinceMark.set(true);
                closeQuietly(connection);
                connection = null;
                sleep(50);
            }
        }
        closeQuietly(connection);
    }

    Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    long errors() {
        return errors.get();
    }

    String lastError() {
        return lastError;
    }

    /** The longest time between two acknowledged writes: the outage as the application saw it. */
    long longestGapMillis() {
        return longestGapNanos.get() / 1_000_000;
    }

    /**
     * From now on, remember when a write is next acknowledged after one failed (see
     * {@link #firstAcknowledgedAfterMark}): a write in flight when the server died may still be acknowledged.
     */
    long mark() {
        firstAckAfterMarkNanos.set(0);
        failedSinceMark.set(false);
        long now = System.nanoTime();
        markNanos.set(now);
        return now;
    }

    /** Milliseconds from {@link #mark()} to the first write acknowledged after a failure, or -1 while none was. */
    long firstAcknowledgedAfterMark() {
        long first = firstAckAfterMarkNanos.get();
        return first == 0 ? -1 : (first - markNanos.get()) / 1_000_000;
    }

    boolean wroteSince(long nanos) {
        return lastSuccessNanos.get() > nanos;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken anyway
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
