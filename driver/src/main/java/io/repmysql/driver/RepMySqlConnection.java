package io.repmysql.driver;

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

    /** HOST:PORT of the physical connection for {@code target} (WRITER or READER), as configured. */
    String serverAddress(Target target);

    /** The parsed URL this connection was opened with (password masked in its toString). */
    RepMySqlUrl url();
}
