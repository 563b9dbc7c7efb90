package io.repmysql.driver;

import java.sql.SQLException;
import java.time.Duration;

import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/**
 * What a {@code jdbc:repmysql:} connection tells about its routing:
 * {@code connection.unwrap(RepMySqlConnection.class).lastReadTarget()}. Works through pools that support unwrap
 * (HikariCP does).
 */
public interface RepMySqlConnection {

    /** Where the last statement classified as a read ran (READER, or WRITER after a fallback); null before any. */
    Target lastReadTarget();

    /** Where the last write ran; null before any. */
    Target lastWriteTarget();

    /** The physical target and the reason of the last statement run on this connection; null before any. */
    RouteDecision lastRoute();

    /**
     * How long the reads of the current transaction (outside one: of the last read) waited for their replica to
     * reach a write they must see (consistency=session or causal); zero when they did not wait. A wait that ran out
     * is included, and {@link #lastRoute()} then says {@code CONSISTENCY_TIMEOUT}: the read went to the writer.
     */
    Duration readWait();

    /** HOST:PORT of the physical connection for {@code target} (WRITER or READER), as configured. */
    String serverAddress(Target target);

    /** The parsed URL this connection was opened with (password masked in its toString). */
    RepMySqlUrl url();

    /**
     * An opaque, URL-safe token covering every write this JVM has made to the cluster on consistency=causal
     * connections, and every token observed here. It names the cluster. Hand it to another JVM (an HTTP header,
     * a cookie) and {@link #observeCausalToken} it there. Without a Connection:
     * {@link RepMySqlDataSource#causalToken()} or {@link RepMySqlDriver#causalToken(String)}.
     */
    String causalToken();

    /**
     * Merges {@code token} into this JVM's causal position for the cluster: every later consistency=causal read in
     * this JVM, on any connection, sees the writes it covers (or, if its replica does not catch up within
     * consistencyTimeoutMs, runs on the writer).
     *
     * @throws SQLException SQLState 22023 for a null, garbled or truncated token, or one of another cluster
     */
    void observeCausalToken(String token) throws SQLException;
}
