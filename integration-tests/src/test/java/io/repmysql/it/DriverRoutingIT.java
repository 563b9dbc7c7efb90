package io.repmysql.it;

import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.Sql.primaryId;
import static io.repmysql.it.Sql.replicaIds;
import static io.repmysql.it.Sql.repmysql;
import static io.repmysql.it.Sql.serverId;
import static io.repmysql.it.Sql.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Which server answered, for every routing rule a user relies on, through jdbc:repmysql: on a real cluster. */
@ReplicatedCluster(replicas = 2)
class DriverRoutingIT {

    @BeforeAll
    static void schema(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE visits (id INT AUTO_INCREMENT PRIMARY KEY, server_id INT NOT NULL)");
        }
    }

    @Test
    void autocommitRead_isAnsweredByAReplica(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
        }
    }

    @Test
    void write_runsOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "INSERT INTO visits (server_id) SELECT @@server_id");
            long id = longValue(connection, "SELECT LAST_INSERT_ID()");
            assertThat(longValue(connection, "SELECT server_id FROM visits WHERE id = " + id + " FOR UPDATE"))
                    .isEqualTo(primaryId(cluster));
        }
    }

    @Test
    void readInsideATransaction_isAnsweredByThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            connection.setAutoCommit(false);
            assertThat(serverId(connection)).isEqualTo(primaryId(cluster));
            connection.commit();
            connection.setAutoCommit(true);
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
            execute(connection, "BEGIN");
            assertThat(serverId(connection)).isEqualTo(primaryId(cluster));
            execute(connection, "COMMIT");
        }
    }

    @Test
    void readOnlyTransaction_isAnsweredByAReplica(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
            connection.commit();
            connection.setAutoCommit(true);
            connection.setReadOnly(false);
            execute(connection, "START TRANSACTION READ ONLY");
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
            execute(connection, "COMMIT");
        }
    }

    @Test
    void lockingRead_runsOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "INSERT INTO visits (server_id) VALUES (0)");
            assertThat(longValue(connection, "SELECT @@server_id FROM visits LIMIT 1 FOR UPDATE"))
                    .isEqualTo(primaryId(cluster));
            assertThat(longValue(connection, "SELECT @@server_id FROM visits LIMIT 1 LOCK IN SHARE MODE"))
                    .isEqualTo(primaryId(cluster));
        }
    }

    @Test
    void temporaryTable_staysOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TEMPORARY TABLE scratch (x INT)", "INSERT INTO scratch VALUES (5)");
            assertThat(string(connection, "SELECT CONCAT(x, '@', @@server_id) FROM scratch"))
                    .isEqualTo("5@" + primaryId(cluster));
            execute(connection, "DROP TEMPORARY TABLE scratch");
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
        }
    }

    @Test
    void userVariable_isSetEverywhere_andReadOnAReplica(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "SET @answer = 42");
            assertThat(string(connection, "SELECT CONCAT(@answer, '@', @@server_id)"))
                    .isIn(replicaIds(cluster).stream().map(id -> "42@" + id).toList());
        }
    }

    @Test
    void sessionVariable_isReadOnAReplica_evenWhenTheReaderOpensLater(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "INSERT INTO visits (server_id) VALUES (0)");
            execute(connection, "SET time_zone = '+03:00'");
            assertThat(string(connection, "SELECT CONCAT(@@session.time_zone, '@', @@server_id)"))
                    .isIn(replicaIds(cluster).stream().map(id -> "+03:00@" + id).toList());
        }
    }

    @Test
    void oneStatementReused_readThenWriteThenRead_goesReplicaPrimaryReplica(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT @@server_id")) {
                row.next();
                assertThat(row.getLong(1)).isIn(replicaIds(cluster));
            }
            statement.executeUpdate("INSERT INTO visits (server_id) SELECT @@server_id",
                    Statement.RETURN_GENERATED_KEYS);
            long id;
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (ResultSet row = statement.executeQuery("SELECT @@server_id")) {
                row.next();
                assertThat(row.getLong(1)).isIn(replicaIds(cluster));
                assertThat(row.getStatement()).isSameAs(statement);
            }
            assertThat(longValue(connection, "SELECT server_id FROM visits WHERE id = " + id + " FOR UPDATE"))
                    .isEqualTo(primaryId(cluster));
        }
    }

    @Test
    void preparedRead_isAnsweredByAReplica(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             PreparedStatement read = connection.prepareStatement("SELECT @@server_id + ?")) {
            read.setInt(1, 0);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).isIn(replicaIds(cluster));
                assertThat(row.getStatement()).isSameAs(read);
            }
            assertThat(read.getConnection()).isSameAs(connection);
        }
    }

    @Test
    void metaData_namesTheServersProductAndVersion_andAnswersTheLogicalConnection(RunningCluster cluster)
            throws Exception {
        String version;
        try (Connection root = cluster.root(cluster.topology().primary())) {
            version = string(root, "SELECT VERSION()");
        }
        boolean mariaDb = version.contains("MariaDB");
        try (Connection connection = repmysql(cluster)) {
            var metaData = connection.getMetaData();
            assertThat(metaData.getDatabaseProductName()).isEqualTo(mariaDb ? "MariaDB" : "MySQL");
            assertThat(metaData.getDatabaseProductVersion()).isEqualTo(version.replaceFirst("^5\\.5\\.5-", ""));
            assertThat(metaData.getDatabaseMajorVersion()).isEqualTo(Integer.parseInt(version.split("\\.")[0]))
                    .isGreaterThanOrEqualTo(mariaDb ? 10 : 8);
            assertThat(metaData.getConnection()).isSameAs(connection);
        }
    }

    @Test
    void generatedKeysAndLastInsertId_comeFromThePrimaryAndAgree(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO visits (server_id) SELECT @@server_id", Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            long key;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                key = keys.getLong(1);
            }
            assertThat(longValue(connection, "SELECT LAST_INSERT_ID()")).isEqualTo(key);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    longValue(connection, "SELECT server_id FROM visits WHERE id = " + key))
                    .isEqualTo(primaryId(cluster)));
        }
    }
}
