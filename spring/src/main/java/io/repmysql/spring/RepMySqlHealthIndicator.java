package io.repmysql.spring;

import io.repmysql.driver.ClusterHealth;
import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.routing.Target;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * {@code /actuator/health} → {@code repmysql}: the writer reachable (one statement in a transaction, which the
 * driver keeps on the writer), the reader reachable as the driver last found it (its back-off: while the read port
 * fails, reads are on fallback to the writer), and the replica delay the last consistency waits saw. DOWN when the
 * writer cannot be reached; UP otherwise, with reads on fallback shown in the details, since the application still
 * answers. The reader is not probed: a probe read would itself wait for the replica under consistency=causal.
 */
public class RepMySqlHealthIndicator extends AbstractHealthIndicator {

    private final RepMySqlCluster cluster;
    private final Supplier<DataSource> dataSource;

    public RepMySqlHealthIndicator(RepMySqlCluster cluster, Supplier<DataSource> dataSource) {
        super("repmysql health check failed");
        this.cluster = cluster;
        this.dataSource = dataSource;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Optional<RepMySqlUrl> url = cluster.url();
        if (url.isEmpty()) {
            builder.unknown().withDetail("cluster", "the DataSource is not a jdbc:repmysql: one");
            return;
        }
        ClusterHealth health = cluster.health();
        String writerProblem = probeWriter();
        builder.status(writerProblem == null ? Status.UP
                : Status.DOWN);
        builder.withDetail("cluster", health.cluster())
                .withDetail("writer", side(health.writerAddress(), writerProblem == null, writerProblem))
                .withDetail("reader", side(health.readerAddress(), !health.readsOnFallback(),
                        health.readsOnFallback() ? "the read port failed at the last try: reads go to the writer"
                                : null))
                .withDetail("readsOnFallback", health.readsOnFallback())
                .withDetail("consistency", url.get().consistency().urlValue())
                .withDetail("recentWaits", Map.of("count", health.recentWaits().waits(),
                        "lastMs", health.recentWaits().last().toMillis(),
                        "longestMs", health.recentWaits().longest().toMillis()))
                .withDetail("consistencyWaits", health.consistencyWaits())
                .withDetail("consistencyTimeouts", health.consistencyTimeouts())
                .withDetail("readerUnavailableReads", health.readerUnavailable());
    }

    /** Null when a statement ran on the writer; else what went wrong. */
    private String probeWriter() {
        try (Connection connection = dataSource.get().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
                Target ran = connection.unwrap(RepMySqlConnection.class).lastRoute().target();
                return ran == Target.WRITER ? null : "the probe ran on " + ran;
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            return e.getMessage() + " (SQLState " + e.getSQLState() + ")";
        }
    }

    private static Map<String, Object> side(String address, boolean reachable, String problem) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("address", address);
        side.put("reachable", reachable);
        if (problem != null) {
            side.put("problem", problem);
        }
        return side;
    }
}
