package io.repmysql.benchmarks.load;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.haproxy.stats.Proxies;
import java.io.IOException;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;

import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.routing.Target;
import io.repmysql.haproxy.stats.StatsClient;
import io.repmysql.haproxy.stats.StatsRow;

/**
 * A read-only workload through jdbc:repmysql must not open a single connection to the primary. Two witnesses that
 * do not share code: HAProxy's session counter of the write port (stot of write_nodes' FRONTEND) around a fresh
 * pool's whole life, and the driver's own routing counters of that pool's cluster name.
 */
final class WriterCheck {

    static final String CLUSTER_NAME = "bench-readonly-check";

    /** What the check saw; {@code writePortSessions} counts every connection made to the write port meanwhile. */
    record Result(int poolSize, long operations, long writePortSessions, long statementsToWriter,
                  long statementsToReader) {

        boolean opensNoWriter() {
            return writePortSessions == 0 && statementsToWriter == 0;
        }
    }

    private WriterCheck() {
    }

    static Result run(Endpoints endpoints, LoadOptions options) throws IOException, InterruptedException {
        StatsClient stats = new StatsClient(ClusterNames.statsPage(endpoints.host(), endpoints.statsPort()),
                endpoints.statsUser(), endpoints.statsPassword());
        long before = writeSessions(stats);
        RoutingMetrics metrics = metrics(Contender.REPMYSQL.url(endpoints, CLUSTER_NAME, ""));
        long writerBefore = metrics.count(Target.WRITER);
        long readerBefore = metrics.count(Target.READER);
        RoundResult round;
        try (HikariDataSource pool = Pools.open(endpoints, Contender.REPMYSQL, options.threads(), CLUSTER_NAME, "")) {
            round = Round.run(0, pool, Contender.REPMYSQL, Workload.POINT_SELECT, Shape.POOLED, options.threads(),
                    Math.min(options.roundNanos(), 3_000_000_000L), options.rows());
        }
        long after = writeSessions(stats);
        return new Result(options.threads(), round.operations(), after - before,
                metrics.count(Target.WRITER) - writerBefore, metrics.count(Target.READER) - readerBefore);
    }

    private static RoutingMetrics metrics(String url) throws IOException {
        try {
            return RepMySqlDriver.metrics(url);
        } catch (SQLException e) {
            throw new IOException("the benchmark's own URL was refused: " + e.getMessage(), e);
        }
    }

    private static long writeSessions(StatsClient stats) throws IOException {
        return stats.rows().stream().filter(r -> r.proxy().equals(Proxies.WRITE) && r.server().equals("FRONTEND"))
                .mapToLong(StatsRow::totalSessions).findFirst()
                .orElseThrow(() -> new IOException("HAProxy stats have no write_nodes FRONTEND line"));
    }
}
