package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * After the writer is lost, errors say whether the statement was never sent or its outcome is unknown, and what to
 * do; the next statement opens a new writer; a write is never sent twice.
 */
class WriterLossTest {

    private static final String INSERT = "INSERT INTO t VALUES (1)";

    private final StubServers servers = new StubServers();
    private final String host = "writerloss";
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    private Connection connect() throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app", new Properties());
    }

    private long received(String sql) {
        return servers.log.stream().filter(l -> l.endsWith(": " + sql)).count();
    }

    @Test
    void writerUnreachable_neverSent_08001() throws SQLException {
        servers.writerDown = true;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(INSERT))
                    .isInstanceOf(SQLException.class)
                    .hasFieldOrPropertyWithValue("SQLState", "08001")
                    .hasMessage(host + ":3306/app: the connection to the writer " + host + ":3306 could not be "
                            + "opened: nothing was sent: safe to retry")
                    .cause().hasMessage("Communications link failure");

            servers.writerDown = false;
            statement.executeUpdate(INSERT);
        }
        assertThat(servers.callsOn("writer1")).contains(INSERT);
        assertThat(received(INSERT)).isEqualTo(1);
    }

    @Test
    void autocommitWrite_brokenAfterSending_outcomeUnknown_08007_andNotResent() throws SQLException {
        servers.breakWriterOn = INSERT;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(INSERT))
                    .hasFieldOrPropertyWithValue("SQLState", "08007")
                    .hasMessage(host + ":3306/app: the connection to the writer " + host + ":3306 broke after the "
                            + "write was sent: the outcome is unknown: the write may or may not have been applied: "
                            + "check before retrying")
                    .cause().hasFieldOrPropertyWithValue("SQLState", "08S01");
            assertThat(received(INSERT)).isEqualTo(1);

            statement.executeUpdate("UPDATE t SET a = 2");
        }
        assertThat(servers.opened()).containsExactly("reader1", "writer1", "writer2");
        assertThat(servers.callsOn("writer2")).contains("UPDATE t SET a = 2").doesNotContain(INSERT);
    }

    @Test
    void commit_brokenAfterSending_outcomeUnknown_08007_thenANewWriter() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate(INSERT);
            servers.breakWriterOn = "commit";

            assertThatThrownBy(connection::commit)
                    .hasFieldOrPropertyWithValue("SQLState", "08007")
                    .hasMessageContaining("broke after COMMIT was sent: the outcome is unknown: the transaction may "
                            + "or may not have been committed: check before retrying")
                    .hasCauseInstanceOf(SQLException.class);

            statement.executeUpdate("UPDATE t SET a = 2");
            connection.commit();
        }
        assertThat(servers.log).filteredOn(l -> l.endsWith("commit()")).hasSize(2);
        assertThat(received(INSERT)).isEqualTo(1);
        assertThat(servers.callsOn("writer2")).containsSubsequence("setAutoCommit(false)", "UPDATE t SET a = 2",
                "commit()");
    }

    @Test
    void statementInsideATransaction_writerLost_saysTheTransactionWasRolledBack_untilRollback() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate(INSERT);
            servers.breakWriterOn = "UPDATE t SET a = 2";

            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET a = 2"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01")
                    .hasMessageEndingWith("was lost during the transaction: the server rolled the transaction back, "
                            + "so none of its changes were committed; call rollback(), then run the whole "
                            + "transaction again");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET a = 3"))
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("this statement was not sent; call rollback()");

            connection.rollback();
            statement.executeUpdate("UPDATE t SET a = 4");
        }
        assertThat(received(INSERT)).isEqualTo(1);
        assertThat(received("UPDATE t SET a = 3")).isZero();
        assertThat(servers.callsOn("writer2")).contains("UPDATE t SET a = 4").doesNotContain(INSERT);
    }

    @Test
    void commitAfterALostTransaction_isNotSent_andSaysNothingWasCommitted() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate(INSERT);
            servers.breakOpenWriters();

            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET a = 2"))
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("the server rolled the transaction back, so none of its changes were "
                            + "committed; this statement was not sent");
            assertThatThrownBy(connection::commit)
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("COMMIT was not sent").hasMessageContaining("nothing was committed");
        }
        assertThat(received("UPDATE t SET a = 2")).isZero();
        assertThat(servers.log).noneMatch(l -> l.endsWith("commit()"));
    }

    @Test
    void sqlCommitAfterALostTransaction_isNotSent() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            servers.breakWriterOn = INSERT;
            assertThatThrownBy(() -> statement.executeUpdate(INSERT)).hasFieldOrPropertyWithValue("SQLState", "08S01");

            assertThatThrownBy(() -> statement.execute("COMMIT"))
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("nothing was committed");
            statement.executeUpdate("UPDATE t SET a = 2");
        }
        assertThat(received("COMMIT")).isZero();
        assertThat(servers.callsOn("writer2")).containsExactly("open", "UPDATE t SET a = 2", "close statement",
                "close");
    }

    @Test
    void writerKnownDeadBeforeSending_autocommit_reconnectsTransparently_sendingOnce() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(INSERT);
            servers.breakOpenWriters();

            statement.executeUpdate("UPDATE t SET a = 2");
        }
        assertThat(servers.opened()).containsExactly("reader1", "writer1", "writer2");
        assertThat(servers.callsOn("writer2")).contains("UPDATE t SET a = 2");
        assertThat(received(INSERT)).isEqualTo(1);
    }

    @Test
    void rollbackOnALostWriter_succeeds_becauseTheServerRolledBack() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate(INSERT);
            servers.breakOpenWriters();

            connection.rollback();
            statement.executeUpdate("UPDATE t SET a = 2");
            connection.commit();
        }
        assertThat(servers.callsOn("writer2")).containsSubsequence("UPDATE t SET a = 2", "commit()");
    }

    @Test
    void readOnTheWriter_lost_saysNothingChanged() throws SQLException {
        servers.readerDown = true;
        servers.breakWriterOn = "SELECT 1";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01")
                    .hasMessageEndingWith("broke during a statement that changes no data: nothing was changed: "
                            + "safe to retry");
        }
        assertThat(received("SELECT 1")).isEqualTo(1);
    }

    @Test
    void preparedWrite_lost_outcomeUnknown_andTheStatementMustBePreparedAgain() throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            servers.breakWriterOn = INSERT;
            assertThatThrownBy(insert::executeUpdate).hasFieldOrPropertyWithValue("SQLState", "08007");
            assertThatThrownBy(insert::executeUpdate)
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageEndingWith("this statement was prepared on a connection to the writer that was lost "
                            + "since: nothing was sent; prepare it again");

            try (PreparedStatement again = connection.prepareStatement(INSERT)) {
                again.executeUpdate();
            }
        }
        assertThat(servers.callsOn("writer1")).filteredOn(INSERT::equals).hasSize(1);
        assertThat(servers.callsOn("writer2")).contains(INSERT);
    }

    @Test
    void batch_lost_outcomeUnknown() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(INSERT);
            servers.breakOpenWriters();
            statement.addBatch("UPDATE t SET a = 2");
            statement.executeBatch();
        }
        assertThat(servers.callsOn("writer2")).contains("batch [UPDATE t SET a = 2]");
    }

    @Test
    void batchAfterALostTransaction_isNotSent_untilRollback() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate(INSERT);
            servers.breakWriterOn = "UPDATE t SET a = 2";
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET a = 2"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01");

            statement.addBatch("UPDATE t SET a = 3");
            assertThatThrownBy(statement::executeLargeBatch)
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("this statement was not sent; call rollback()");
            statement.addBatch("UPDATE t SET a = 3");
            assertThatThrownBy(statement::executeBatch).hasFieldOrPropertyWithValue("SQLState", "08003");

            connection.rollback();
            statement.addBatch("UPDATE t SET a = 4");
            statement.executeBatch();
        }
        assertThat(servers.log).noneMatch(l -> l.contains("UPDATE t SET a = 3"));
        assertThat(servers.callsOn("writer2")).contains("batch [UPDATE t SET a = 4]");
    }
}
