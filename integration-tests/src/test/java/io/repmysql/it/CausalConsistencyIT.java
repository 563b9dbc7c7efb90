package io.repmysql.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.RepMySqlDataSource;
import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.onNode;
import static io.repmysql.it.Sql.repmysql;
import static io.repmysql.it.IsolatedDriver.dataSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Read-your-writes across pooled connections and across application instances, with the replicas two seconds
 * behind: a write on one pooled connection that stays borrowed, then a read on another. consistency=causal misses
 * none; none and session (per connection) miss, as the control. A causal token carried to an independent driver
 * (its own class loader: the state of another JVM), or printed by a second JVM, makes the reads that observe it see
 * the write too.
 */
@ReplicatedCluster(replicas = 2)
class CausalConsistencyIT {

    private static final int ROUNDS = 10;
    private static final int DELAY_SECONDS = 2;

    @BeforeAll
    static void delayReplicas(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE posts (id INT PRIMARY KEY, mode VARCHAR(40))");
        }
        for (ClusterNode replica : cluster.topology().replicas()) {
            onNode(cluster, replica, cluster.replicationDelay(DELAY_SECONDS).toArray(String[]::new));
        }
    }

    @Test
    void pooled_none_missesWritesOfAnotherConnection(RunningCluster cluster) throws Exception {
        Figures figures = pooled(cluster, "none", 0);
        assertThat(figures.misses).isPositive();
    }

    @Test
    void pooled_session_missesWritesOfAnotherConnection(RunningCluster cluster) throws Exception {
        Figures figures = pooled(cluster, "session", 100);
        assertThat(figures.misses).isPositive();
    }

    @Test
    void pooled_causal_missesNoWriteOfAnyConnection(RunningCluster cluster) throws Exception {
        Figures figures = pooled(cluster, "causal", 200);
        assertThat(figures.misses).isZero();
        assertThat(figures.waits).isPositive();
    }

    @Test
    void pooled_causal_eachReplicaIsWaitedOnOnce_notEachConnection(RunningCluster cluster) throws Exception {
        int connections = 6;
        String url = causalUrl(cluster, "pooled-per-replica");
        int misses = 0;
        long start = System.nanoTime();
        try (HikariDataSource pool = pool(cluster, url, connections)) {
            Connection[] held = new Connection[connections];
            try {
                for (int i = 0; i < connections; i++) {
                    held[i] = pool.getConnection();
                    found(held[i], -1);
                }
                insert(held[0], 500);
                for (Connection connection : held) {
                    misses += found(connection, 500) ? 0 : 1;
                }
            } finally {
                for (Connection connection : held) {
                    if (connection != null) {
                        connection.close();
                    }
                }
            }
        }
        RoutingMetrics metrics = RepMySqlDriver.metrics(url);
        int replicas = cluster.topology().replicas().size();
        System.out.printf("[causal] %d pooled connections over %d replicas, replicas %d s behind: %d of %d reads "
                        + "after one write missed it; %d waits, %d fallbacks to the writer; %d ms%n", connections,
                replicas, DELAY_SECONDS, misses, connections, metrics.getConsistencyWaits(),
                metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT), (System.nanoTime() - start) / 1_000_000);
        assertThat(misses).isZero();
        assertThat(metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT)).as("fallbacks").isZero();
        assertThat(metrics.getConsistencyWaits()).as("waits: one per replica, not one per connection")
                .isPositive().isLessThanOrEqualTo(replicas);
    }

    @Test
    void pooled_causal_concurrentReadsOnOneReplica_joinOneWaitOnIt(RunningCluster cluster) throws Exception {
        int connections = 6;
        String url = causalUrl(cluster, "pooled-joined");
        AtomicInteger misses = new AtomicInteger();
        long start = System.nanoTime();
        try (HikariDataSource pool = pool(cluster, url, connections)) {
            Connection[] held = new Connection[connections];
            ExecutorService readers = Executors.newFixedThreadPool(connections);
            try {
                for (int i = 0; i < connections; i++) {
                    held[i] = pool.getConnection();
                }
                insert(held[0], 600);
                for (Connection connection : held) {
                    assertThat(found(connection, 600)).as("sequential reads after the first write").isTrue();
                }
                insert(held[0], 601);
                List<Future<?>> reads = new ArrayList<>();
                for (int i = 0; i < connections; i++) {
                    Connection connection = held[i];
                    long startAfterMs = 100L * i;
                    // Staggered well within the replicas' 2 s delay: the first read on each replica starts the
                    // wait, the later ones find it running.
                    reads.add(readers.submit(() -> {
                        Thread.sleep(startAfterMs);
                        misses.addAndGet(found(connection, 601) ? 0 : 1);
                        return null;
                    }));
                }
                for (Future<?> read : reads) {
                    read.get(60, TimeUnit.SECONDS);
                }
            } finally {
                readers.shutdownNow();
                for (Connection connection : held) {
                    if (connection != null) {
                        connection.close();
                    }
                }
            }
        }
        RoutingMetrics metrics = RepMySqlDriver.metrics(url);
        int replicas = cluster.topology().replicas().size();
        long waits = metrics.getConsistencyWaits();
        long joined = metrics.getJoinedConsistencyWaits();
        System.out.printf("[causal] %d pooled connections over %d replicas reading at once after a write, replicas "
                        + "%d s behind: %d misses; over both writes %d waits, %d of them joined another connection's "
                        + "wait, %d wait statements; %d fallbacks; %d ms%n", connections, replicas,
                DELAY_SECONDS, misses.get(), waits, joined, waits - joined,
                metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT), (System.nanoTime() - start) / 1_000_000);
        assertThat(misses.get()).isZero();
        assertThat(metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT)).as("fallbacks").isZero();
        assertThat(waits - joined).as("wait statements: at most one per replica for each of the two writes")
                .isLessThanOrEqualTo(2L * replicas);
        assertThat(joined).as("reads that joined a running wait").isGreaterThanOrEqualTo(connections - replicas);
    }

    /**
     * A read prepared once, before or after another connection's write, goes where a plain read would at each
     * execute: to the writer while its replica is behind beyond consistencyTimeoutMs, and back to the replica, with
     * the parameter it was given, once that caught up. Neither is bound to the writer for good.
     */
    @Test
    void preparedReads_causal_readTheWriterWhileTheReplicaIsBehind_thenTheReplicaAgain(RunningCluster cluster)
            throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=300&clusterName=prepared-reads";
        String select = "SELECT mode FROM posts WHERE id = ?";
        try (Connection connection = DriverManager.getConnection(url, cluster.appUser(), cluster.appPassword());
             Connection writer = DriverManager.getConnection(url, cluster.appUser(), cluster.appPassword());
             PreparedStatement before = connection.prepareStatement(select)) {
            RepMySqlConnection routed = connection.unwrap(RepMySqlConnection.class);
            before.setInt(1, 900);
            assertThat(mode(before)).isNull();
            assertThat(routed.lastReadTarget()).isEqualTo(Target.READER);

            execute(writer, "INSERT INTO posts VALUES (900, 'prepared once')");
            try (PreparedStatement after = connection.prepareStatement(select)) {
                after.setInt(1, 900);
                for (PreparedStatement read : List.of(before, after)) {
                    assertThat(mode(read)).as("the row another connection wrote, replicas %d s behind",
                            DELAY_SECONDS).isEqualTo("prepared once");
                    assertThat(routed.lastReadTarget()).isEqualTo(Target.WRITER);
                    assertThat(routed.lastRoute().reason()).isEqualTo(Reason.CONSISTENCY_TIMEOUT);
                }

                Thread.sleep(TimeUnit.SECONDS.toMillis(DELAY_SECONDS + 1));
                for (PreparedStatement read : List.of(before, after)) {
                    assertThat(mode(read)).isEqualTo("prepared once");
                    assertThat(routed.lastReadTarget()).as("the replica has the row now").isEqualTo(Target.READER);
                }
            }
        }
    }

    /** A read prepared outside a transaction, run inside one after its write, sees that write (on the writer). */
    @Test
    void preparedBeforeATransaction_readsTheTransactionsOwnWrite(RunningCluster cluster) throws Exception {
        String url = cluster.repmysqlUrl() + "&clusterName=prepared-before-transaction";
        try (Connection connection = DriverManager.getConnection(url, cluster.appUser(), cluster.appPassword());
             PreparedStatement read = connection.prepareStatement("SELECT mode FROM posts WHERE id = ?")) {
            RepMySqlConnection routed = connection.unwrap(RepMySqlConnection.class);
            read.setInt(1, 901);
            read.setMaxRows(5);
            assertThat(mode(read)).isNull();
            assertThat(routed.lastReadTarget()).isEqualTo(Target.READER);

            connection.setAutoCommit(false);
            execute(connection, "INSERT INTO posts VALUES (901, 'in the transaction')");
            assertThat(mode(read)).as("the transaction's own insert").isEqualTo("in the transaction");
            assertThat(routed.lastRoute().target()).isEqualTo(Target.WRITER);
            assertThat(read.getMaxRows()).isEqualTo(5);
            connection.rollback();
            connection.setAutoCommit(true);

            assertThat(mode(read)).as("rolled back").isNull();
            assertThat(routed.lastReadTarget()).isEqualTo(Target.READER);
        }
    }

    /** The mode of the row {@code read} finds, or null when it finds none. */
    private static String mode(PreparedStatement read) throws SQLException {
        try (ResultSet row = read.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static String causalUrl(RunningCluster cluster, String name) {
        return cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=5000&clusterName=" + name;
    }

    private static HikariDataSource pool(RunningCluster cluster, String url, int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName(RepMySqlDataSource.class.getName());
        config.addDataSourceProperty("url", url);
        config.addDataSourceProperty("user", cluster.appUser());
        config.addDataSourceProperty("password", cluster.appPassword());
        config.setMaximumPoolSize(size);
        config.setPoolName(url.substring(url.lastIndexOf('=') + 1));
        return new HikariDataSource(config);
    }

    private static void insert(Connection connection, int id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO posts VALUES (?, 'pooled')")) {
            insert.setInt(1, id);
            insert.executeUpdate();
        }
    }

    @Test
    void token_carriedToAnIndependentDriver_itsReadsSeeTheWrite(RunningCluster cluster) throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=5000&clusterName=token-it";
        RepMySqlDataSource here = dataSource(new RepMySqlDataSource(), cluster, url);
        try (URLClassLoader otherJvm = IsolatedDriver.classLoader()) {
            DataSource there = dataSource((DataSource) otherJvm.loadClass(RepMySqlDataSource.class.getName())
                    .getConstructor().newInstance(), cluster, url);
            int missesWithout = 0;
            int missesWith = 0;
            long start = System.nanoTime();
            try (Connection writer = here.getConnection();
                 PreparedStatement insert = writer.prepareStatement("INSERT INTO posts VALUES (?, 'token')");
                 Connection reader = there.getConnection()) {
                for (int id = 300; id < 300 + ROUNDS; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate();
                    String token = writer.unwrap(RepMySqlConnection.class).causalToken();
                    assertThat(token).isEqualTo(here.causalToken()).matches("[A-Za-z0-9_-]+");
                    missesWithout += found(reader, id) ? 0 : 1;
                    there.getClass().getMethod("observeCausalToken", String.class).invoke(there, token);
                    missesWith += found(reader, id) ? 0 : 1;
                }
            }
            System.out.printf("[causal] token to an independent driver: %d of %d reads missed before observing "
                            + "the token, %d after; %d ms%n", missesWithout, ROUNDS, missesWith,
                    (System.nanoTime() - start) / 1_000_000);
            assertThat(missesWith).isZero();
            assertThat(missesWithout).isPositive();
        }
    }

    @Test
    void token_fromAnotherJvm_itsWriteIsSeenHere(RunningCluster cluster) throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=5000&clusterName=jvm-it";
        RepMySqlDataSource here = dataSource(new RepMySqlDataSource(), cluster, url);
        int tries = 6;
        int missesWithout = 0;
        int missesWith = 0;
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TokenWritingApp.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("REPMYSQL_URL", url);
        builder.environment().put("REPMYSQL_USER", cluster.appUser());
        builder.environment().put("REPMYSQL_PASSWORD", cluster.appPassword());
        Process otherJvm = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(otherJvm.getInputStream(),
                StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(otherJvm.getOutputStream(), StandardCharsets.UTF_8);
             Connection reader = here.getConnection()) {
            assertThat(nextLine(out, otherJvm)).isEqualTo("ready");
            for (int id = 400; id < 400 + tries; id++) {
                in.write(id + "\n");
                in.flush();
                String token = nextLine(out, otherJvm).substring("token ".length());
                missesWithout += found(reader, id) ? 0 : 1;
                here.observeCausalToken(token);
                long read = System.nanoTime();
                missesWith += found(reader, id) ? 0 : 1;
                assertThat((System.nanoTime() - read) / 1_000_000).as("one read after observing the token, ms")
                        .isLessThan(5000 + 2000);
            }
            in.write("\n");
            in.flush();
            assertThat(otherJvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(otherJvm.exitValue()).isZero();
        } finally {
            otherJvm.destroyForcibly();
        }
        System.out.printf("[causal] token from another JVM: %d of %d reads missed before observing the token, "
                + "%d after; %d ms%n", missesWithout, tries, missesWith, (System.nanoTime() - start) / 1_000_000);
        assertThat(missesWith).isZero();
        assertThat(missesWithout).as("the control: without the token the replicas, 2 s behind, miss").isPositive();
    }

    /** The other JVM's next line of output, failing rather than hanging when it died. */
    private static String nextLine(BufferedReader out, Process process) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String read = line.get(60, TimeUnit.SECONDS);
        assertThat(read).as("output of the other JVM (alive: %s)", process.isAlive()).isNotNull();
        return read;
    }

    @Test
    void badTokens_areRefusedAtOnceWithAClearError(RunningCluster cluster) throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=causal&clusterName=token-it";
        RepMySqlDataSource source = dataSource(new RepMySqlDataSource(), cluster, url);
        String foreign = dataSource(new RepMySqlDataSource(), cluster, url.replace("token-it", "elsewhere"))
                .causalToken();
        String valid = source.causalToken();
        for (String bad : new String[] {"garbage", valid.substring(0, valid.length() - 2), foreign}) {
            assertThatThrownBy(() -> source.observeCausalToken(bad)).isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("22023");
        }
    }

    /** Writes on one borrowed pool connection, reads on another, ROUNDS times; prints misses, waits, fallbacks. */
    private static Figures pooled(RunningCluster cluster, String mode, int firstId) throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=" + mode + "&consistencyTimeoutMs=5000&clusterName=pooled-"
                + mode;
        Figures figures = new Figures();
        long start = System.nanoTime();
        try (HikariDataSource pool = pool(cluster, url, 4)) {
            for (int id = firstId; id < firstId + ROUNDS; id++) {
                try (Connection writer = pool.getConnection();
                     PreparedStatement insert = writer.prepareStatement("INSERT INTO posts VALUES (?, ?)")) {
                    insert.setInt(1, id);
                    insert.setString(2, mode);
                    insert.executeUpdate();
                    try (Connection reader = pool.getConnection()) {
                        figures.misses += found(reader, id) ? 0 : 1;
                    }
                }
            }
        }
        RoutingMetrics metrics = RepMySqlDriver.metrics(url);
        figures.waits = metrics.getConsistencyWaits();
        figures.fallbacks = metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT);
        System.out.printf("[causal] pooled, %s: %d of %d reads on another connection missed the write; "
                        + "%d waits, %d fallbacks to the writer, %d reads on replicas; %d ms%n", mode, figures.misses,
                ROUNDS, figures.waits, figures.fallbacks, metrics.count(Target.READER),
                (System.nanoTime() - start) / 1_000_000);
        return figures;
    }

    private static boolean found(Connection connection, int id) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT COUNT(*) FROM posts WHERE id = ?")) {
            read.setInt(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }



    private static final class Figures {
        int misses;
        long waits;
        long fallbacks;
    }
}
