package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Session transitions: each test runs statements as a connection would and checks where the next one goes. */
class RoutingSessionTest {

    private final RoutingSession session = new RoutingSession(new StatementClassifier());

    @Test
    void autocommitRead_routesToReader_andWrite_toWriter() {
        expect("SELECT * FROM posts", Target.READER, Reason.READ_STATEMENT);
        expect("INSERT INTO posts VALUES (1)", Target.WRITER, Reason.WRITE_STATEMENT);
        assertThat(session.inTransaction()).isFalse();
    }

    @Test
    void route_doesNotChangeTheState() {
        session.route("BEGIN");
        session.route("CREATE TEMPORARY TABLE tmp (id INT)");
        assertThat(session.inTransaction()).isFalse();
        expect("SELECT * FROM tmp", Target.READER, Reason.READ_STATEMENT);
    }

    @Test
    void begin_keepsEveryStatementOnTheWriter_untilCommit() {
        expect("BEGIN", Target.WRITER, Reason.TRANSACTION_CONTROL);
        run("BEGIN");
        assertThat(session.inTransaction()).isTrue();
        expect("SELECT * FROM posts", Target.WRITER, Reason.IN_TRANSACTION);
        expect("SHOW TABLES", Target.WRITER, Reason.IN_TRANSACTION);
        expect("COMMIT", Target.WRITER, Reason.TRANSACTION_CONTROL);
        run("COMMIT");
        assertThat(session.inTransaction()).isFalse();
        expect("SELECT * FROM posts", Target.READER, Reason.READ_STATEMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START TRANSACTION", "BEGIN WORK", "START TRANSACTION WITH CONSISTENT SNAPSHOT",
            "START TRANSACTION READ WRITE", "XA START 'x'"})
    void everyFormOfBegin_opensAWriterTransaction(String begin) {
        run(begin);
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMIT", "ROLLBACK", "COMMIT WORK", "ROLLBACK WORK AND NO CHAIN", "COMMIT RELEASE",
            "CREATE TABLE t (id INT)", "ALTER TABLE t ADD c INT", "DROP TABLE t", "RENAME TABLE a TO b",
            "TRUNCATE TABLE t", "LOCK TABLES t READ", "GRANT SELECT ON *.* TO u", "ANALYZE TABLE t", "XA COMMIT 'x'"})
    void commitsAndImplicitCommits_endTheTransaction(String end) {
        run("BEGIN", "INSERT INTO t VALUES (1)", end);
        assertThat(session.inTransaction()).as(end).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAVEPOINT s1", "ROLLBACK TO SAVEPOINT s1", "ROLLBACK WORK TO s1", "RELEASE SAVEPOINT s1",
            "COMMIT AND CHAIN", "ROLLBACK AND CHAIN", "CREATE TEMPORARY TABLE tmp (id INT)",
            "DROP TEMPORARY TABLE tmp", "SET @a = 1", "SELECT 1", "XA END 'x'"})
    void savepointsChainsAndTemporaryTables_keepTheTransactionOpen(String statement) {
        run("BEGIN", statement);
        assertThat(session.inTransaction()).as(statement).isTrue();
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
    }

    @Test
    void startTransactionReadOnly_runsOnTheReader_untilCommit() {
        expect("START TRANSACTION READ ONLY", Target.READER, Reason.TRANSACTION_CONTROL);
        run("START TRANSACTION READ ONLY");
        expect("SELECT * FROM posts", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        expect("UPDATE posts SET a = 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        expect("COMMIT", Target.READER, Reason.TRANSACTION_CONTROL);
        run("COMMIT");
        expect("UPDATE posts SET a = 1", Target.WRITER, Reason.WRITE_STATEMENT);
    }

    @Test
    void beginInsideAWriterTransaction_commitsIt_andStaysOnTheWriter() {
        run("BEGIN", "INSERT INTO t VALUES (1)");
        expect("START TRANSACTION READ ONLY", Target.WRITER, Reason.TRANSACTION_CONTROL);
        run("START TRANSACTION READ ONLY");
        assertThat(session.inTransaction()).isTrue();
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
    }

    @Test
    void autocommitOff_opensATransactionOnTheWriter_atTheFirstStatement() {
        session.autoCommitChanged(false);
        assertThat(session.inTransaction()).isTrue();
        expect("SELECT * FROM posts", Target.WRITER, Reason.IN_TRANSACTION);
        run("SELECT * FROM posts");
        session.transactionEnded();
        assertThat(session.inTransaction()).isTrue();
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
        session.autoCommitChanged(true);
        expect("SELECT 1", Target.READER, Reason.READ_STATEMENT);
    }

    @Test
    void setAutocommitStatements_trackTheTransactionLikeSetAutoCommit() {
        expect("SET autocommit = 0", Target.BOTH, Reason.SESSION_STATE);
        run("SET autocommit = 0");
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
        run("INSERT INTO t VALUES (1)", "SET autocommit = ON");
        assertThat(session.inTransaction()).isFalse();
        expect("SELECT 1", Target.READER, Reason.READ_STATEMENT);
        run("SET @@session.autocommit = OFF");
        assertThat(session.inTransaction()).isTrue();
        run("SET autocommit = 1");
        assertThat(session.inTransaction()).isFalse();
    }

    @Test
    void autocommitOffWithReadOnlyConnection_runsTransactionsOnTheReader() {
        session.readOnlyChanged(true);
        session.autoCommitChanged(false);
        expect("SELECT 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        run("SELECT 1");
        session.readOnlyChanged(false);
        expect("SELECT 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        session.transactionEnded();
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
    }

    @Test
    void readOnlyConnection_sendsReadsAndWritesToTheReader_butSessionBoundReadsToTheWriter() {
        session.readOnlyChanged(true);
        expect("SELECT * FROM posts", Target.READER, Reason.READ_STATEMENT);
        expect("INSERT INTO posts VALUES (1)", Target.READER, Reason.READ_ONLY_CONNECTION);
        expect("SELECT * FROM posts FOR UPDATE", Target.READER, Reason.READ_ONLY_CONNECTION);
        expect("SELECT LAST_INSERT_ID()", Target.WRITER, Reason.SESSION_FUNCTION);
        expect("SHOW MASTER STATUS", Target.WRITER, Reason.REPLICATION_STATUS);
        expect("SET @a = 1", Target.BOTH, Reason.SESSION_STATE);
        expect("BEGIN", Target.READER, Reason.TRANSACTION_CONTROL);
        expect("START TRANSACTION READ WRITE", Target.WRITER, Reason.TRANSACTION_CONTROL);
        session.readOnlyChanged(false);
        expect("INSERT INTO posts VALUES (1)", Target.WRITER, Reason.WRITE_STATEMENT);
    }

    @Test
    void setTransactionReadOnly_sendsTheNextTransactionOnly_toTheReader() {
        expect("SET TRANSACTION READ ONLY", Target.READER, Reason.TRANSACTION_CONTROL);
        run("SET TRANSACTION READ ONLY");
        expect("BEGIN", Target.READER, Reason.TRANSACTION_CONTROL);
        run("BEGIN");
        expect("SELECT 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        run("COMMIT");
        expect("BEGIN", Target.WRITER, Reason.TRANSACTION_CONTROL);
        assertThat(session.replayStatements()).isEmpty();
    }

    @Test
    void setTransactionReadOnly_isUsedUpByTheNextAutocommitStatement() {
        run("SET TRANSACTION READ ONLY", "SELECT 1");
        expect("BEGIN", Target.WRITER, Reason.TRANSACTION_CONTROL);
    }

    @Test
    void setTransactionIsolation_goesWhereTheNextTransactionRuns() {
        expect("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", Target.WRITER, Reason.TRANSACTION_CONTROL);
        session.readOnlyChanged(true);
        expect("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", Target.READER, Reason.TRANSACTION_CONTROL);
        expect("SET TRANSACTION READ WRITE", Target.WRITER, Reason.TRANSACTION_CONTROL);
    }

    @Test
    void sessionTransactionReadOnly_sendsEveryLaterTransactionToTheReader() {
        run("SET SESSION TRANSACTION READ ONLY", "BEGIN");
        expect("SELECT 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
        run("COMMIT", "SET SESSION transaction_read_only = 0", "BEGIN");
        expect("SELECT 1", Target.WRITER, Reason.IN_TRANSACTION);
        run("COMMIT", "SET SESSION tx_read_only = ON", "BEGIN");
        expect("SELECT 1", Target.READER, Reason.IN_READ_ONLY_TRANSACTION);
    }

    @Test
    void commitWithoutTransaction_goesToTheWriter() {
        expect("COMMIT", Target.WRITER, Reason.TRANSACTION_CONTROL);
        expect("ROLLBACK", Target.WRITER, Reason.TRANSACTION_CONTROL);
    }

    @Test
    void sessionStateInsideATransaction_stillGoesToBoth() {
        run("BEGIN");
        expect("SET @a = 1", Target.BOTH, Reason.SESSION_STATE);
        expect("USE shop", Target.BOTH, Reason.SESSION_STATE);
    }

    @Test
    void lockTables_keepsTheSessionOnTheWriter_untilUnlockTables() {
        run("LOCK TABLES posts READ");
        expect("SELECT * FROM posts", Target.WRITER, Reason.LOCKED_TABLES);
        expect("SET @a = 1", Target.BOTH, Reason.SESSION_STATE);
        run("UNLOCK TABLES");
        expect("SELECT * FROM posts", Target.READER, Reason.READ_STATEMENT);
    }

    @Test
    void showWarnings_followsThePreviousStatement() {
        expect("SHOW WARNINGS", Target.WRITER, Reason.PREVIOUS_STATEMENT);
        run("SELECT 1");
        expect("SHOW WARNINGS", Target.READER, Reason.PREVIOUS_STATEMENT);
        run("INSERT INTO t VALUES (1)");
        expect("SHOW ERRORS", Target.WRITER, Reason.PREVIOUS_STATEMENT);
        run("SET @a = 1");
        expect("SHOW COUNT(*) WARNINGS", Target.WRITER, Reason.PREVIOUS_STATEMENT);
    }

    @Test
    void aStatementRoutedBeforeTheConnectionTurnedReadOnly_isRecordedWhereItRanAfter() {
        String update = "UPDATE posts SET views = views + 1";
        expect(update, Target.WRITER, Reason.WRITE_STATEMENT);
        session.readOnlyChanged(true);
        run(update);
        session.readOnlyChanged(false);
        expect("SHOW WARNINGS", Target.READER, Reason.PREVIOUS_STATEMENT);
    }

    private void expect(String sql, Target target, Reason reason) {
        assertThat(session.route(sql)).as(sql).isEqualTo(new RouteDecision(target, reason));
    }

    private void run(String... statements) {
        for (String sql : statements) {
            session.executed(sql);
        }
    }
}
