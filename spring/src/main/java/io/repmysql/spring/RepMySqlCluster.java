package io.repmysql.spring;

import io.repmysql.driver.ClusterHealth;
import io.repmysql.driver.Consistency;
import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RepMySqlUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * The cluster behind the application's DataSource, found once by borrowing a connection and asking it for its
 * {@code jdbc:repmysql:} URL; that works through any pool that supports unwrap (HikariCP does). Empty when the
 * DataSource is not a repmysql one; not cached while the database cannot be reached, so a later call tries again.
 */
public class RepMySqlCluster {

    private static final Logger LOG = LoggerFactory.getLogger(RepMySqlCluster.class);

    private final Supplier<DataSource> dataSource;
    private volatile Optional<RepMySqlUrl> url;

    public RepMySqlCluster(Supplier<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** A cluster known by its URL (tests, or an application that has the URL at hand). */
    public static RepMySqlCluster of(RepMySqlUrl url) {
        RepMySqlCluster cluster = new RepMySqlCluster(() -> null);
        cluster.url = Optional.of(url);
        return cluster;
    }

    /** The DataSource's parsed URL; empty when it is not a repmysql DataSource. */
    public Optional<RepMySqlUrl> url() throws SQLException {
        Optional<RepMySqlUrl> known = url;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (url == null) {
                url = resolve();
            }
            return url;
        }
    }

    private Optional<RepMySqlUrl> resolve() throws SQLException {
        DataSource source = dataSource.get();
        if (source == null) {
            return Optional.empty();
        }
        try (Connection connection = source.getConnection()) {
            if (!connection.isWrapperFor(RepMySqlConnection.class)) {
                LOG.info("the DataSource is not a jdbc:repmysql: one: no causal tokens, no repmysql health");
                return Optional.empty();
            }
            RepMySqlUrl found = connection.unwrap(RepMySqlConnection.class).url();
            if (found.consistency() != Consistency.CAUSAL) {
                LOG.warn("{}: consistency={} in the URL: causal tokens are passed on, but reads wait for them only "
                        + "with consistency=causal", found.name(), found.consistency().urlValue());
            }
            return Optional.of(found);
        }
    }

    /** The token covering every write this JVM made to the cluster. */
    public String token() throws SQLException {
        return RepMySqlDriver.causalToken(require());
    }

    /** Merges {@code token}: later causal reads in this JVM see its writes. SQLState 22023 for a bad token. */
    public void observe(String token) throws SQLException {
        RepMySqlDriver.observeCausalToken(require(), token);
    }

    public ClusterHealth health() throws SQLException {
        return RepMySqlDriver.health(require());
    }

    private RepMySqlUrl require() throws SQLException {
        return url().orElseThrow(() -> new SQLException("the DataSource is not a jdbc:repmysql: one", "08001"));
    }
}
