package io.repmysql.benchmarks.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** One fixed-size HikariCP pool per contender, filled before it is measured. */
final class Pools {

    private Pools() {
    }

    static HikariDataSource open(Endpoints endpoints, Contender contender, int size, String clusterName,
                                 String variant) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench-" + contender.name().toLowerCase());
        config.setDriverClassName(contender.driverClass());
        config.setJdbcUrl(contender.url(endpoints, clusterName, variant));
        config.setUsername(endpoints.user());
        config.setPassword(endpoints.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool = new HikariDataSource(config);
        fill(pool, size);
        return pool;
    }

    /** Borrows every connection once, so no round pays for opening one. */
    private static void fill(HikariDataSource pool, int size) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (pool.getHikariPoolMXBean().getTotalConnections() < size && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
