package io.repmysql.it;

import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import io.repmysql.provisioner.spec.Flavor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.primaryId;
import static io.repmysql.it.Sql.repmysql;
import static io.repmysql.it.Sql.replicaIds;
import static io.repmysql.it.Sql.serverId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Session state that exists only on the primary's session, or that the lexer cannot see, on a real cluster: each
 * test reads it back through jdbc:repmysql: and checks which server answered ({@code @@server_id}) and the value it
 * read. A replica would answer with its own, empty session and raise no error.
 */
@ReplicatedCluster(replicas = 1)
class SessionStateRoutingIT {

    @BeforeAll
    static void schema(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE files (id INT PRIMARY KEY, path VARCHAR(100))",
                    "INSERT INTO files VALUES (1, 'C:\\\\')",
                    "CREATE TABLE snapshot_rows (id INT AUTO_INCREMENT PRIMARY KEY)",
                    "INSERT INTO snapshot_rows VALUES (), (), ()",
                    "CREATE PROCEDURE server_of_call(OUT answered_by INT) BEGIN SELECT @@server_id INTO answered_by; END");
        }
        // A consistent dump needs RELOAD for FLUSH TABLES WITH READ LOCK, as mysqldump's user does.
        try (Connection root = cluster.root(cluster.topology().primary())) {
            execute(root, "GRANT RELOAD ON *.* TO '" + cluster.appUser() + "'@'%'",
                    "CREATE DATABASE reporting", "CREATE TABLE reporting.daily (marker VARCHAR(20))",
                    "INSERT INTO reporting.daily VALUES ('reporting')",
                    "GRANT ALL ON reporting.* TO '" + cluster.appUser() + "'@'%'");
        }
    }

    /** A plain CALL, and the JDBC escape that Connector/J turns into one. */
    @ParameterizedTest
    @ValueSource(strings = {"CALL server_of_call(@answered_by)", "{call server_of_call(@answered_by)}"})
    void callWithOutParameter_readsTheVariableOnThePrimary(String call, RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, call);
            Row row = row(connection, "SELECT @answered_by, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
        }
    }

    @Test
    void getDiagnostics_readsTheRowCountOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TEMPORARY TABLE counted (id INT)", "INSERT INTO counted VALUES (1), (2)",
                    "GET DIAGNOSTICS @rows = ROW_COUNT");
            Row row = row(connection, "SELECT @rows, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo("2");
        }
    }

    @Test
    void assignmentInsideAnUpdate_isReadOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "UPDATE files SET path = (@old_path := path) WHERE id = 1");
            Row row = row(connection, "SELECT @old_path, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo("C:\\");
        }
    }

    @Test
    void consistentDumpSequence_readsItsSnapshotOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection dump = repmysql(cluster); Connection writer = repmysql(cluster)) {
            long before = committedRows(cluster);
            execute(dump, "FLUSH TABLES WITH READ LOCK",
                    "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                    "START TRANSACTION /*!40100 WITH CONSISTENT SNAPSHOT */", "UNLOCK TABLES");
            execute(writer, "INSERT INTO snapshot_rows VALUES ()");
            Row row = row(dump, "SELECT /*!40001 SQL_NO_CACHE */ COUNT(*), @@server_id FROM snapshot_rows");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(Long.parseLong(row.value())).as("rows in the snapshot").isEqualTo(before);
            execute(dump, "COMMIT");
            assertThat(serverId(dump)).isIn(replicaIds(cluster));
        }
    }

    @Test
    void temporaryTableWithADoubleQuotedNameUnderAnsiQuotes_isReadOnThePrimary(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')",
                    "CREATE TEMPORARY TABLE \"picked\" (\"id\" INT)",
                    "INSERT INTO \"picked\" SELECT @@server_id");
            Row row = row(connection, "SELECT \"id\", @@server_id FROM \"picked\"");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
        }
    }

    @Test
    void noBackslashEscapes_sendsALockingReadAfterABackslashToThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'");
            Row row = row(connection, "SELECT path, @@server_id FROM files WHERE path = 'C:\\' FOR UPDATE -- '");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo("C:\\");
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
        }
    }

    @Test
    void mariadbAnalyzeStatement_keepsTheTransactionOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            assumeTrue(cluster.flavor() == Flavor.MARIADB, "ANALYZE <statement> is MariaDB's");
            execute(connection, "BEGIN", "INSERT INTO snapshot_rows VALUES ()",
                    "ANALYZE SELECT * FROM snapshot_rows");
            Row row = row(connection, "SELECT COUNT(*), @@server_id FROM snapshot_rows");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(Long.parseLong(row.value())).as("rows, with this transaction's own")
                    .isEqualTo(committedRows(cluster) + 1);
            execute(connection, "ROLLBACK");
        }
    }

    @Test
    void compoundStatement_keepsReadsOfItsVariablesOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            assumeTrue(cluster.flavor() == Flavor.MARIADB, "BEGIN NOT ATOMIC is MariaDB's");
            execute(connection, "BEGIN NOT ATOMIC SELECT @@server_id INTO @block_server; END");
            Row row = row(connection, "SELECT @block_server, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
        }
    }

    @Test
    void executeOfAPreparedSelectInto_readsTheVariableOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "PREPARE whose FROM 'SELECT @@server_id INTO @prepared_server'", "EXECUTE whose",
                    "DEALLOCATE PREPARE whose");
            Row row = row(connection, "SELECT @prepared_server, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
        }
    }

    @Test
    void readOnlyTransactionAfterATemporaryTable_readsItOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TEMPORARY TABLE picked (server INT)",
                    "INSERT INTO picked SELECT @@server_id", "START TRANSACTION READ ONLY");
            Row row = row(connection, "SELECT server, @@server_id FROM picked");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
            execute(connection, "COMMIT", "DROP TEMPORARY TABLE picked");
            execute(connection, "START TRANSACTION READ ONLY");
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
            execute(connection, "COMMIT");
        }
    }

    @Test
    void renamedTemporaryTable_isReadOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TEMPORARY TABLE cart_work (server INT)",
                    "INSERT INTO cart_work SELECT @@server_id", "ALTER TABLE cart_work RENAME TO cart_done");
            Row row = row(connection, "SELECT server, @@server_id FROM cart_done");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo(String.valueOf(primaryId(cluster)));
        }
    }

    @Test
    void useInsideAMultiStatementLine_keepsReadsOnThePrimary_untilAUseOnBoth(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster, "allowMultiQueries=true")) {
            execute(connection, "INSERT INTO snapshot_rows VALUES (); USE reporting");
            Row row = row(connection, "SELECT marker, @@server_id FROM daily");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo("reporting");
            execute(connection, "USE reporting");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(row(connection, "SELECT marker, @@server_id FROM daily").server())
                            .isIn(replicaIds(cluster)));
        }
    }

    @Test
    void variableHoldingAPerServerValue_isReadOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "SET @request_id = UUID()");
            Row row = row(connection, "SELECT @request_id IS NOT NULL, @@server_id");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).as("the UUID the primary generated").isEqualTo("1");
        }
    }

    @Test
    void sqlModeSetFromAQuery_keepsTheLockingReadAfterABackslashOnThePrimary(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "SET SESSION sql_mode = (SELECT 'NO_BACKSLASH_ESCAPES')");
            Row row = row(connection, "SELECT path, @@server_id FROM files WHERE path = 'C:\\' FOR UPDATE -- '");
            assertThat(row.server()).isEqualTo(primaryId(cluster));
            assertThat(row.value()).isEqualTo("C:\\");
            execute(connection, "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'");
            assertThat(serverId(connection)).isIn(replicaIds(cluster));
        }
    }

    /** The first column as text and the server that answered (the last column, {@code @@server_id}). */
    private record Row(String value, long server) {
    }

    private static Row row(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new Row(rs.getString(1), rs.getLong(rs.getMetaData().getColumnCount()));
        }
    }

    /** Rows of snapshot_rows committed on the primary, read directly there. */
    private static long committedRows(RunningCluster cluster) throws SQLException {
        try (Connection root = cluster.root(cluster.topology().primary())) {
            return Sql.longValue(root, "SELECT COUNT(*) FROM " + cluster.database() + ".snapshot_rows");
        }
    }
}
