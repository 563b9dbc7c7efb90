package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Temporary tables, variables assigned on the writer only, and the replay list of session statements. */
class SessionNamesAndReplayTest {

    private final RoutingSession session = new RoutingSession(new StatementClassifier());

    @Test
    void readOfATemporaryTable_routesToTheWriter_untilItIsDropped() {
        expect("CREATE TEMPORARY TABLE Tmp_Orders (id INT)", Target.WRITER, Reason.TEMPORARY_TABLE);
        run("CREATE TEMPORARY TABLE Tmp_Orders (id INT)");
        assertThat(session.temporaryTables()).containsExactly("tmp_orders");
        expect("SELECT * FROM tmp_orders", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("SELECT * FROM TMP_ORDERS", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("SELECT * FROM shop.tmp_orders", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("SELECT * FROM `tmp_orders` t JOIN posts p ON p.id = t.id", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("DESCRIBE tmp_orders", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("SHOW CREATE TABLE tmp_orders", Target.WRITER, Reason.TEMPORARY_TABLE);
        expect("SELECT * FROM tmp_orders_archive", Target.READER, Reason.READ_STATEMENT);
        expect("SELECT 'tmp_orders' FROM posts", Target.READER, Reason.READ_STATEMENT);
        expect("SELECT 1 /* tmp_orders */", Target.READER, Reason.READ_STATEMENT);
        run("DROP TABLE tmp_orders");
        expect("SELECT * FROM tmp_orders", Target.READER, Reason.READ_STATEMENT);
        assertThat(session.temporaryTables()).isEmpty();
    }

    @Test
    void dropTemporaryTable_forgetsOnlyTheNamedTables() {
        run("CREATE TEMPORARY TABLE a (id INT)", "CREATE TEMPORARY TABLE IF NOT EXISTS db.b (id INT)",
                "CREATE TEMPORARY TABLE c AS SELECT 1");
        run("DROP TEMPORARY TABLE IF EXISTS a, `B`");
        assertThat(session.temporaryTables()).containsExactly("c");
        expect("SELECT * FROM a", Target.READER, Reason.READ_STATEMENT);
        expect("SELECT * FROM c", Target.WRITER, Reason.TEMPORARY_TABLE);
    }

    @Test
    void temporaryTableInsideATransaction_doesNotEndIt() {
        run("BEGIN", "CREATE TEMPORARY TABLE t (id INT)");
        assertThat(session.inTransaction()).isTrue();
        run("COMMIT");
        expect("SELECT * FROM t", Target.WRITER, Reason.TEMPORARY_TABLE);
    }

    @Test
    void variableAssignedByASelectInto_isReadOnTheWriter_untilASessionSetSyncsIt() {
        run("SELECT id INTO @last FROM posts ORDER BY id DESC LIMIT 1");
        expect("SELECT @last", Target.WRITER, Reason.WRITER_VARIABLE);
        expect("SELECT * FROM posts WHERE id = @LAST", Target.WRITER, Reason.WRITER_VARIABLE);
        expect("SELECT @lastname", Target.READER, Reason.READ_STATEMENT);
        run("SET @last = 5");
        expect("SELECT @last", Target.READER, Reason.READ_STATEMENT);
    }

    @Test
    void variableSetFromASessionFunctionOrSubquery_isReadOnTheWriter() {
        run("SET @id = LAST_INSERT_ID()", "SET @n = (SELECT COUNT(*) FROM posts)", "SELECT @r := 1");
        expect("SELECT @id", Target.WRITER, Reason.WRITER_VARIABLE);
        expect("SELECT @n", Target.WRITER, Reason.WRITER_VARIABLE);
        expect("SELECT @r", Target.WRITER, Reason.WRITER_VARIABLE);
        assertThat(session.replayStatements()).isEmpty();
    }

    @Test
    void variableSetInsideAMultiStatement_isPinnedToTheWriter_andNotReplayed() {
        run("SET @a = 1; INSERT INTO t VALUES (@a)");
        expect("SELECT @a", Target.WRITER, Reason.WRITER_VARIABLE);
        assertThat(session.replayStatements()).isEmpty();
    }

    @Test
    void multiStatementThatBegins_leavesTheTransactionOpen() {
        run("BEGIN; INSERT INTO t VALUES (1)");
        assertThat(session.inTransaction()).isTrue();
        run("COMMIT; SELECT 1");
        assertThat(session.inTransaction()).isFalse();
    }

    @Test
    void replayList_keepsSessionStatementsInOrder_withLaterAssignmentsReplacingEarlierOnes() {
        run("SET @a = 1", "SET NAMES utf8mb4", "USE shop", "SELECT 1", "SET character_set_client = latin1",
                "SET @a := 2", "use other", "SET CHARACTER SET utf8mb4");
        assertThat(session.replayStatements()).containsExactly("SET character_set_client = latin1", "SET @a := 2",
                "use other", "SET CHARACTER SET utf8mb4");
    }

    @Test
    void replayList_keepsSelfReferencingAssignments_becauseTheirResultDependsOnTheEarlierOnes() {
        run("SET @n = 0", "SET @n = @n + 1", "SET @n = @n + 1");
        assertThat(session.replayStatements()).containsExactly("SET @n = 0", "SET @n = @n + 1", "SET @n = @n + 1");
    }

    @Test
    void replayList_keepsSessionTransactionCharacteristics_butNotNextTransactionOnes() {
        run("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", "SET TRANSACTION READ ONLY",
                "SET SESSION TRANSACTION READ ONLY", "SET SESSION TRANSACTION READ WRITE", "SET autocommit = 0",
                "SET autocommit = 1");
        assertThat(session.replayStatements()).containsExactly(
                "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", "SET SESSION TRANSACTION READ WRITE",
                "SET autocommit = 1");
    }

    @Test
    void replayList_isCapped_droppingTheOldestEntries() {
        for (int i = 0; i < ReplayList.CAPACITY + 44; i++) {
            run("SET @v" + i + " = " + i);
        }
        assertThat(session.replayStatements()).hasSize(ReplayList.CAPACITY)
                .startsWith("SET @v44 = 44").endsWith("SET @v299 = 299");
    }

    @Test
    void failedOrWriterStatements_areNotReplayed() {
        run("SET GLOBAL max_connections = 10", "INSERT INTO t VALUES (1)", "SET PASSWORD = 'x'");
        assertThat(session.replayStatements()).isEmpty();
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
