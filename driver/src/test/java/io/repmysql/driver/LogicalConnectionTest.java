package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/** The logical connection against two stub servers: which physical connection got each call. */
class LogicalConnectionTest {


    private final StubServers servers = new StubServers();
    private final String host = "stub";
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    private Connection connect(String query) throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app" + query, new Properties());
    }

    @Test
    void newConnection_opensTheReaderOnly() throws SQLException {
        try (Connection connection = connect("")) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(servers.opened()).containsExactly("reader1");
        }
    }

    @Test
    void getConnection_wrongPassword_failsWithConnectorJsError_28000_andOpensNoWriter() {
        servers.wrongPassword = true;

        assertThatThrownBy(() -> connect(""))
                .isInstanceOf(SQLInvalidAuthorizationSpecException.class)
                .hasFieldOrPropertyWithValue("SQLState", "28000")
                .hasMessageContaining("Access denied");
        assertThat(servers.log).containsExactly("reader refused the login");
    }

    @Test
    void getConnection_wrongPassword_doesNotMakeOtherLoginsAvoidTheReader() throws SQLException {
        servers.wrongPassword = true;
        assertThatThrownBy(() -> connect("")).hasFieldOrPropertyWithValue("SQLState", "28000");
        servers.wrongPassword = false;

        try (Connection connection = connect("")) {
            connection.createStatement().executeQuery("SELECT 1");
        }
        assertThat(servers.opened()).containsExactly("reader1");
    }

    @Test
    void getConnection_nothingListens_failsWithTheWritersConnectionError() {
        servers.readerDown = true;
        servers.writerDown = true;

        assertThatThrownBy(() -> connect(""))
                .hasFieldOrPropertyWithValue("SQLState", "08S01")
                .hasMessage("Communications link failure");
    }

    @Test
    void getConnection_readerDown_opensTheWriter() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("")) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(servers.opened()).containsExactly("writer1");
    }

    @Test
    void updatableStatement_readsOnTheWriter_soUpdateRowCanChangeTheRow() throws SQLException {
        try (Connection connection = connect("");
             Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_UPDATABLE)) {
            statement.executeQuery("SELECT id, v FROM t");
            assertThat(((RepMySqlConnection) connection).lastRoute())
                    .isEqualTo(new RouteDecision(Target.WRITER, Reason.UPDATABLE_RESULT_SET));
        }
        assertThat(servers.callsOn("writer1")).contains("SELECT id, v FROM t");
        assertThat(servers.callsOn("reader1")).doesNotContain("SELECT id, v FROM t");
    }

    @Test
    void updatablePreparedStatement_isPreparedOnTheWriter() throws SQLException {
        try (Connection connection = connect("")) {
            connection.prepareStatement("SELECT id, v FROM t", ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_UPDATABLE).executeQuery();
        }
        assertThat(servers.log).containsSubsequence("writer1: prepare SELECT id, v FROM t",
                "writer1: SELECT id, v FROM t");
    }

    @Test
    void updatableStatement_onAReadOnlyConnection_staysOnTheReader() throws SQLException {
        try (Connection connection = connect("")) {
            connection.setReadOnly(true);
            connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_UPDATABLE)
                    .executeQuery("SELECT id, v FROM t");
        }
        assertThat(servers.opened()).containsExactly("reader1");
    }

    @Test
    void jdbcDefaultMethods_reachThePhysicalObjects() throws SQLException {
        try (Connection connection = connect("")) {
            Statement statement = connection.createStatement();
            statement.execute("UPDATE t SET v = 1");
            statement.getLargeUpdateCount();
            statement.setLargeMaxRows(2);
            statement.getLargeMaxRows();
            PreparedStatement prepared = connection.prepareStatement("SELECT * FROM t WHERE v = ?");
            prepared.setObject(1, "x", JDBCType.VARCHAR);
            prepared.setObject(1, 1.5, JDBCType.DECIMAL, 2);
            CallableStatement call = connection.prepareCall("{call f(?)}");
            call.registerOutParameter(1, JDBCType.INTEGER);
        }
        assertThat(servers.callsOn("writer1")).contains("statement.getLargeUpdateCount()",
                "statement.setLargeMaxRows(2)", "statement.getLargeMaxRows()",
                "statement.registerOutParameter(1, INTEGER)");
        assertThat(servers.callsOn("reader1")).contains("statement.setObject(1, x, VARCHAR)",
                "statement.setObject(1, 1.5, DECIMAL, 2)");
    }

    @Test
    void isValid_withNothingOpen_opensTheReader_andKeepsItForTheNextRead() throws SQLException {
        try (Connection connection = connect("")) {
            assertThat(connection.isValid(1)).isTrue();
            connection.createStatement().executeQuery("SELECT 1");
        }
        assertThat(servers.opened()).containsExactly("reader1");
    }

    @Test
    void isValid_writerLostAndReaderDown_opensTheWriterWithinTheTimeout() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("?connectTimeout=30000")) {
            servers.breakWriterOn = "DELETE FROM t";
            assertThatThrownBy(() -> connection.createStatement().executeUpdate("DELETE FROM t"));
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(servers.opened()).containsExactly("writer1", "writer2");
        assertThat(servers.openedWith.get(1).getProperty("connectTimeout")).isEqualTo("2000");
    }

    @Test
    void isValid_serversGone_isFalse() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("")) {
            servers.breakOpenWriters();
            servers.writerDown = true;
            assertThat(connection.isValid(1)).isFalse();
        }
    }

    @Test
    void isValid_openWriterBroken_isFalse() throws SQLException {
        try (Connection connection = connect("")) {
            connection.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            servers.breakOpenWriters();
            assertThat(connection.isValid(1)).isFalse();
        }
    }

    @Test
    void readOnlyWorkload_neverOpensTheWriter() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.opened()).containsExactly("reader1");
        assertThat(servers.callsOn("reader1")).containsSubsequence("SELECT 1", "SELECT 2", "close");
    }

    @Test
    void oneStatement_runsARead_thenAWrite_thenARead_eachWhereItBelongs() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT * FROM t");
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");
        }
        assertThat(servers.log).containsSubsequence("reader1: SELECT * FROM t", "writer1: INSERT INTO t VALUES (1)",
                "reader1: SELECT * FROM t");
    }

    @Test
    void resultSetAndStatement_answerTheLogicalObjects() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            ResultSet resultSet = statement.executeQuery("SELECT 1");

            assertThat(resultSet.getStatement()).isSameAs(statement);
            assertThat(statement.getConnection()).isSameAs(connection);
            assertThat(statement.getResultSet().getStatement()).isSameAs(statement);
            assertThat(resultSet.getString(1)).isEqualTo("reader1");
            assertThat(connection.getMetaData().getConnection()).isSameAs(connection);
        }
    }

    @Test
    void preparedStatement_isBoundWhenPrepared() throws SQLException {
        try (Connection connection = connect("")) {
            PreparedStatement read = connection.prepareStatement("SELECT * FROM t WHERE id = ?");
            PreparedStatement write = connection.prepareStatement("UPDATE t SET v = ? WHERE id = ?");
            read.executeQuery();
            write.executeUpdate();

            assertThat(read.getConnection()).isSameAs(connection);
            assertThat(read.executeQuery().getStatement()).isSameAs(read);
        }
        assertThat(servers.log).containsSubsequence("reader1: prepare SELECT * FROM t WHERE id = ?",
                "writer1: prepare UPDATE t SET v = ? WHERE id = ?", "reader1: SELECT * FROM t WHERE id = ?",
                "writer1: UPDATE t SET v = ? WHERE id = ?");
    }

    @Test
    void callableStatement_alwaysGoesToTheWriter() throws SQLException {
        try (Connection connection = connect("")) {
            CallableStatement call = connection.prepareCall("{call report()}");
            call.execute();

            assertThat(call.getConnection()).isSameAs(connection);
        }
        assertThat(servers.log).containsSubsequence("writer1: prepareCall {call report()}", "writer1: {call report()}");
        assertThat(servers.callsOn("reader1")).doesNotContain("{call report()}");
    }

    @Test
    void sessionStatement_runsWhereOpen_andIsReplayedOnAConnectionOpenedLater() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.execute("SET @greeting = 'hi'");
            statement.executeUpdate("INSERT INTO t SELECT @greeting");
        }
        assertThat(servers.log).containsSubsequence("reader1: open", "reader1: SET @greeting = 'hi'",
                "writer1: open", "writer1: SET @greeting = 'hi'", "writer1: INSERT INTO t SELECT @greeting");
    }

    @Test
    void sessionStatement_runsOnBothWhenBothAreOpen() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
            statement.execute("SET NAMES utf8mb4");
        }
        assertThat(servers.callsOn("reader1")).contains("SET NAMES utf8mb4");
        assertThat(servers.callsOn("writer1")).contains("SET NAMES utf8mb4");
    }

    @Test
    void jdbcSettings_areAppliedToAConnectionOpenedLater() throws SQLException {
        try (Connection connection = connect("")) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setCatalog("other");
            connection.createStatement().executeQuery("SELECT 1");

            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(connection.getCatalog()).isEqualTo("other");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("setCatalog(other)", "SELECT 1");
        assertThat(servers.callsOn("reader1")).containsSubsequence("setTransactionIsolation(2)", "SELECT 1");
    }

    @Test
    void jdbcSettings_applyToEveryOpenConnection() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
            connection.setSchema("s2");
            connection.clearWarnings();
        }
        assertThat(servers.callsOn("reader1")).contains("setSchema(s2)", "clearWarnings()");
        assertThat(servers.callsOn("writer1")).contains("setSchema(s2)", "clearWarnings()");
    }

    @Test
    void transaction_runsOnTheWriter_andCommitGoesOnlyThere() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeQuery("SELECT * FROM t");
            statement.executeUpdate("UPDATE t SET v = 1");
            connection.commit();
        }
        assertThat(servers.callsOn("reader1")).doesNotContain("SELECT * FROM t", "commit()");
        assertThat(servers.callsOn("writer1")).containsSubsequence("setAutoCommit(false)", "SELECT * FROM t",
                "UPDATE t SET v = 1", "commit()");
    }

    @Test
    void pooledTransaction_switchesAutocommitOnlyOnTheConnectionItUses() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE t SET v = 1");
            connection.commit();
            connection.setAutoCommit(true);
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("setAutoCommit(false)", "UPDATE t SET v = 1",
                "commit()", "setAutoCommit(true)");
        assertThat(servers.callsOn("reader1")).doesNotContain("setAutoCommit(false)", "setAutoCommit(true)");
    }

    @Test
    void readOnlyTransaction_switchesAutocommitOnTheReaderOnly() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM t");
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            statement.executeQuery("SELECT * FROM t");
            connection.commit();
            connection.setAutoCommit(true);
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("setAutoCommit(false)", "SELECT * FROM t",
                "commit()", "setAutoCommit(true)");
        assertThat(servers.callsOn("writer1")).doesNotContain("setAutoCommit(false)", "setAutoCommit(true)");
    }

    @Test
    void preparedStatement_boundBeforeAutocommitWentOff_runsInTheTransaction() throws SQLException {
        try (Connection connection = connect("")) {
            PreparedStatement write = connection.prepareStatement("UPDATE t SET v = ? WHERE id = ?");
            connection.setAutoCommit(false);
            write.executeUpdate();
            connection.rollback();
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("prepare UPDATE t SET v = ? WHERE id = ?",
                "setAutoCommit(false)", "UPDATE t SET v = ? WHERE id = ?", "rollback()");
    }

    @Test
    void readOnlyTransactions_switchTheAccessModeOnlyWhereTheyRun() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM t");
            for (int borrow = 0; borrow < 2; borrow++) {
                connection.setReadOnly(true);
                statement.executeQuery("SELECT * FROM t");
                connection.setReadOnly(false);
            }
            statement.executeUpdate("UPDATE t SET v = 1");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("setReadOnly(true)", "SELECT * FROM t",
                "setReadOnly(true)", "SELECT * FROM t").doesNotContain("setReadOnly(false)");
        assertThat(servers.callsOn("writer1")).doesNotContain("setReadOnly(true)");
    }

    @Test
    void readOnlyChange_reachesTheWriterBeforeItsNextStatement() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM t");
            connection.setReadOnly(true);
            statement.execute("SET @x = 1");
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("DELETE FROM t", "setReadOnly(true)", "SET @x = 1");
    }

    @Test
    void isolationChange_reachesOnlyTheConnectionTheTransactionUses_beforeItsFirstStatement() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE t SET v = 1");
            connection.commit();
            connection.setAutoCommit(true);

            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("setTransactionIsolation(8)",
                "setAutoCommit(false)", "UPDATE t SET v = 1", "commit()");
        assertThat(servers.callsOn("reader1")).doesNotContain("setTransactionIsolation(8)");
    }

    @Test
    void autocommitOnAfterSqlSwitchedItOff_reachesThatConnectionToo() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM t");
            statement.execute("SET autocommit = 0");
            connection.setAutoCommit(false);
            connection.setAutoCommit(true);
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("SET autocommit = 0", "setAutoCommit(true)");
        assertThat(servers.callsOn("writer1")).containsSubsequence("SET autocommit = 0", "setAutoCommit(true)");
    }

    @Test
    void isolationChangedBySqlMeanwhile_isStillSentWhenTheApplicationAsksAgain() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            statement.executeQuery("SELECT 1");
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("setTransactionIsolation(2)", "SELECT 1",
                "SET SESSION TRANSACTION ISOLATION LEVEL SERIALIZABLE", "setTransactionIsolation(2)", "SELECT 2");
    }

    @Test
    void setAutoCommitUnchanged_stillReachesEveryOpenConnection_asConnectorJSendsIt() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
            connection.setAutoCommit(true);
        }
        assertThat(servers.callsOn("reader1")).contains("setAutoCommit(true)");
        assertThat(servers.callsOn("writer1")).contains("setAutoCommit(true)");
    }

    @Test
    void commitInAutocommitMode_isRefusedAsJdbcSays() throws SQLException {
        try (Connection connection = connect("")) {
            assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                    .hasMessage("Can't call commit when autocommit=true");
        }
    }

    @Test
    void savepoint_isSetAndRolledBackWhereTheTransactionRuns() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE t SET v = 1");
            Savepoint savepoint = connection.setSavepoint("s1");
            connection.rollback(savepoint);
            connection.rollback();
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("setSavepoint(s1)", "rollback(null)", "rollback()");
    }

    @Test
    void close_closesOpenStatementsAndBothPhysicalConnections() throws SQLException {
        Connection connection = connect("");
        Statement statement = connection.createStatement();
        statement.executeQuery("SELECT 1");
        statement.executeUpdate("DELETE FROM t");

        connection.close();

        assertThat(statement.isClosed()).isTrue();
        assertThat(connection.isClosed()).isTrue();
        assertThat(connection.isValid(1)).isFalse();
        assertThat(servers.callsOn("reader1")).containsSubsequence("close statement", "close");
        assertThat(servers.callsOn("writer1")).containsSubsequence("close statement", "close");
        assertThatThrownBy(connection::createStatement).hasMessageContaining("is closed")
                .hasFieldOrPropertyWithValue("SQLState", "08003");
    }

    @Test
    void closingAStatement_closesItsPhysicalStatementsOnly() throws SQLException {
        try (Connection connection = connect("")) {
            Statement statement = connection.createStatement();
            statement.executeQuery("SELECT 1");
            statement.close();

            assertThat(servers.callsOn("reader1")).endsWith("close statement");
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1")).hasMessage("The statement is closed");
        }
    }

    @Test
    void statementSettings_madeBeforeExecute_reachEachPhysicalStatement() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.setFetchSize(50);
            statement.setQueryTimeout(3);
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("DELETE FROM t");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("statement.setFetchSize(50)",
                "statement.setQueryTimeout(3)", "SELECT 1");
        assertThat(servers.callsOn("writer1")).containsSubsequence("statement.setFetchSize(50)",
                "statement.setQueryTimeout(3)", "DELETE FROM t");
    }

    @Test
    void batch_runsOnTheWriter() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.addBatch("INSERT INTO t VALUES (1)");
            statement.addBatch("INSERT INTO t VALUES (2)");
            statement.executeBatch();
        }
        assertThat(servers.log).contains("writer1: batch [INSERT INTO t VALUES (1), INSERT INTO t VALUES (2)]");
    }

    @Test
    void unwrap_givesTheRoutingView() throws SQLException {
        try (Connection connection = connect("")) {
            connection.createStatement().executeQuery("SELECT 1");
            connection.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            RepMySqlConnection routing = connection.unwrap(RepMySqlConnection.class);

            assertThat(connection.isWrapperFor(RepMySqlConnection.class)).isTrue();
            assertThat(routing.lastReadTarget()).isEqualTo(Target.READER);
            assertThat(routing.lastWriteTarget()).isEqualTo(Target.WRITER);
            assertThat(routing.lastRoute()).isEqualTo(new RouteDecision(Target.WRITER, Reason.WRITE_STATEMENT));
            assertThat(routing.serverAddress(Target.READER)).isEqualTo(host + ":3307");
            assertThat(routing.serverAddress(Target.WRITER)).isEqualTo(host + ":3306");
        }
    }

    @Test
    void abort_closesEverything() throws SQLException {
        Connection connection = connect("");
        connection.createStatement().executeQuery("SELECT 1");

        connection.abort(Runnable::run);

        assertThat(connection.isClosed()).isTrue();
        assertThat(servers.callsOn("reader1")).anyMatch(call -> call.startsWith("abort("));
    }

    @Test
    void passThroughMethods_runOnAnOpenPhysicalConnection() throws SQLException {
        try (Connection connection = connect("")) {
            connection.createStatement().executeUpdate("DELETE FROM t");
            connection.nativeSQL("SELECT {fn now()}");
        }
        assertThat(servers.callsOn("reader1")).contains("nativeSQL(SELECT {fn now()})");
        assertThat(servers.opened()).containsExactly("reader1", "writer1");
    }

    @Test
    void preparedSessionStatementWithoutParameters_runsOnTheOpenReaderToo() throws SQLException {
        try (Connection connection = connect("")) {
            connection.createStatement().executeQuery("SELECT 1");
            connection.prepareStatement("SET NAMES utf8mb4").execute();
        }
        assertThat(servers.log).containsSubsequence("writer1: prepare SET NAMES utf8mb4", "writer1: SET NAMES utf8mb4",
                "reader1: SET NAMES utf8mb4");
    }

    @Test
    void preparedSessionStatementWithParameters_staysOnTheWriterAndIsNotReplayed() throws SQLException {
        try (Connection connection = connect("")) {
            connection.prepareStatement("SET @limit = ?").execute();
            connection.createStatement().executeQuery("SELECT 1");
        }
        assertThat(servers.callsOn("writer1")).contains("SET @limit = ?");
        assertThat(servers.callsOn("reader1")).doesNotContain("SET @limit = ?");
    }

    @Test
    void warnings_ofANewConnection_comeFromTheReader_andOpenNoWriter() throws SQLException {
        try (Connection connection = connect("")) {
            assertThat((Object) connection.getWarnings()).isNull();
            assertThat(servers.opened()).containsExactly("reader1");
        }
    }
}
