package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session state that lives only on the primary, or that the lexer cannot see: each test runs a real sequence of
 * statements (ORM output, dump tools, stored programs, prepared statements, sql_mode changes, read-only
 * transactions, multi-statement lines) and checks that a read depending on that state is not sent to a replica,
 * while reads that do not depend on it still are.
 */
class SessionStateRoutingTest extends RoutingSessionAssertions {

    @Nested
    class VariablesSetOutsideSetAndSelect {

        @Test
        void callWithOutParameter_sendsTheReadOfTheVariableToTheWriter() {
            run("CALL order_total(42, @total)");
            assertWriter("SELECT @total");
        }

        @Test
        void call_makesEveryUserVariableUnknown_untilASetOnBothMakesItKnown() {
            run("SET @tenant = 7", "CALL refresh_stats()");
            assertWriter("SELECT @tenant");
            assertWriter("SELECT * FROM orders WHERE tenant = @other");
            run("SET @tenant = 8");
            assertWriter("SELECT * FROM orders");
        }

        @Test
        void updateAssigningAVariable_pinsItToTheWriter() {
            run("UPDATE counters SET n = (@next := n + 1) WHERE id = 1");
            assertWriter("SELECT @next");
        }

        @Test
        void doAssignment_pinsTheVariable() {
            run("DO @v := (SELECT MAX(id) FROM orders)");
            assertWriter("SELECT @v");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void getDiagnostics_pinsTheVariablesItAssigns() {
            run("INSERT INTO orders (id) VALUES (1)", "GET DIAGNOSTICS @rows = ROW_COUNT");
            assertWriter("SELECT @rows");
            run("GET CURRENT DIAGNOSTICS CONDITION 1 @state = RETURNED_SQLSTATE, @msg = MESSAGE_TEXT");
            assertWriter("SELECT @state, @msg");
        }

        @Test
        void executeOfAPreparedSelectInto_pinsItsVariables() {
            run("PREPARE count_orders FROM 'SELECT COUNT(*) INTO @n FROM orders WHERE status = ''open'''");
            assertWriter("EXECUTE count_orders");
            run("EXECUTE count_orders");
            assertWriter("SELECT @n");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void executeOfAStatementPreparedFromAVariable_makesVariablesUnknown() {
            run("SET @q = 'SELECT 1 INTO @x'", "PREPARE s FROM @q", "EXECUTE s");
            assertWriter("SELECT @x");
        }

        @Test
        void executeOfAPreparedRead_leavesLaterPlainReadsOnTheReader() {
            run("PREPARE by_id FROM 'SELECT * FROM orders WHERE id = ?'", "SET @id = 5");
            assertWriter("EXECUTE by_id USING @id");
            run("EXECUTE by_id USING @id", "DEALLOCATE PREPARE by_id");
            assertReader("SELECT * FROM orders");
            assertReader("SELECT @id");
        }

        @Test
        void compoundStatement_makesVariablesUnknown() {
            run("BEGIN NOT ATOMIC SET @x = 1; SELECT 2 INTO @y; END");
            assertWriter("SELECT @y");
        }
    }

    @Nested
    class SetFromPrimaryOnlyValues {

        @Test
        void setFromAVariablePinnedToTheWriter_runsThereAndPinsTheNewOne() {
            run("SELECT id INTO @b FROM orders ORDER BY id DESC LIMIT 1");
            assertWriter("SET @a = @b");
            run("SET @a = @b");
            assertWriter("SELECT @a");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET @a = @@last_insert_id", "SET @a = @@identity", "SET @a = @@session.last_insert_id",
                "SET @a = @@warning_count", "SET @a = @@error_count", "SET @a = @@last_gtid",
                "SET @a = @@SESSION.identity + 0"})
        void setFromASessionVariableOfThePrimary_pinsIt(String set) {
            run("INSERT INTO orders (status) VALUES ('new')");
            assertWriter(set);
            run(set);
            assertWriter("SELECT @a");
        }

        @Test
        void setFromAVariableKnownOnBoth_stillRunsOnBoth() {
            run("SET @b = 1");
            assertThat(session.route("SET @a = @b + 1").target()).isEqualTo(Target.BOTH);
            run("SET @a = @b + 1");
            assertReader("SELECT @a");
        }
    }

    @Nested
    class VariablesDescribingPreviousWork {

        @ParameterizedTest
        @ValueSource(strings = {"SELECT @@warning_count", "SELECT @@error_count", "SELECT @@session.warning_count",
                "select @@WARNING_COUNT as w"})
        void warningAndErrorCount_followTheWriteThatRanOnThePrimary(String read) {
            run("INSERT INTO orders (status) VALUES ('a very long status')");
            assertWriter(read);
            run("SELECT * FROM orders");
            assertReader(read);
        }

        @ParameterizedTest
        @ValueSource(strings = {"SELECT @@last_gtid", "SELECT @@last_insert_id", "SELECT @@identity",
                "SELECT @@insert_id", "SELECT @@session.last_gtid", "SELECT @@in_transaction"})
        void sessionVariablesOfThePrimary_goToTheWriter(String read) {
            run("INSERT INTO orders (status) VALUES ('new')");
            assertWriter(read);
        }
    }

    @Nested
    class TransactionEndsThatDidNotHappen {

        @Test
        void consistentDumpSequence_readsItsSnapshotOnTheWriter() {
            run("FLUSH /*!40101 LOCAL */ TABLES", "FLUSH TABLES WITH READ LOCK",
                    "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ",
                    "START TRANSACTION /*!40100 WITH CONSISTENT SNAPSHOT */");
            assertWriter("SHOW MASTER STATUS");
            run("SHOW MASTER STATUS", "UNLOCK TABLES");
            assertWriter("SELECT /*!40001 SQL_NO_CACHE */ * FROM `orders`");
            run("SAVEPOINT sp", "SELECT /*!40001 SQL_NO_CACHE */ * FROM `orders`", "ROLLBACK TO SAVEPOINT sp");
            assertWriter("SHOW CREATE TABLE `customers`");
            run("RELEASE SAVEPOINT sp", "COMMIT");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void unlockTablesWithoutLockTables_doesNotEndTheTransaction() {
            run("BEGIN", "INSERT INTO orders (id) VALUES (1)", "UNLOCK TABLES");
            assertWriter("SELECT * FROM orders");
            assertThat(session.inTransaction()).isTrue();
        }

        @Test
        void unlockTablesAfterLockTables_endsTheTransaction() {
            run("SET autocommit = 1", "LOCK TABLES orders WRITE", "UNLOCK TABLES");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void mariadbAnalyzeStatement_doesNotEndTheTransaction() {
            run("BEGIN", "INSERT INTO orders (id) VALUES (1)", "ANALYZE SELECT * FROM orders");
            assertWriter("SELECT * FROM orders");
            assertThat(session.inTransaction()).isTrue();
        }

        @Test
        void analyzeTable_stillEndsTheTransaction() {
            run("BEGIN", "ANALYZE TABLE orders");
            assertThat(session.inTransaction()).isFalse();
        }
    }

    @Nested
    class ReadOnlyTransactionsOverPrimaryOnlyState {

        @Test
        void readOnlyTransaction_afterATemporaryTable_runsOnTheWriter() {
            run("CREATE TEMPORARY TABLE picked (id INT)");
            assertWriter("START TRANSACTION READ ONLY");
            run("START TRANSACTION READ ONLY");
            assertWriter("SELECT * FROM picked");
            assertWriter("SELECT * FROM orders");
            run("COMMIT");
        }

        @Test
        void readOnlyTransaction_afterAPinnedVariable_runsOnTheWriter() {
            run("SELECT MAX(id) INTO @max FROM orders", "START TRANSACTION READ ONLY");
            assertWriter("SELECT * FROM orders WHERE id = @max");
        }

        @Test
        void lastInsertIdInsideAReadOnlyTransaction_isAnsweredByTheWriter() {
            run("INSERT INTO orders (status) VALUES ('new')", "START TRANSACTION READ ONLY");
            assertReader("SELECT * FROM orders");
            assertWriter("SELECT LAST_INSERT_ID()");
            assertWriter("SELECT @@identity");
        }

        @Test
        void temporaryTableCreatedInsideAReadOnlyTransaction_isCreatedAndReadOnTheWriter() {
            run("START TRANSACTION READ ONLY");
            assertWriter("CREATE TEMPORARY TABLE picked (id INT)");
            run("CREATE TEMPORARY TABLE picked (id INT)");
            assertWriter("INSERT INTO picked VALUES (1)");
            assertWriter("SELECT * FROM picked");
        }

        @Test
        void readOnlyConnectionWithAutocommitOff_afterATemporaryTable_readsOnTheWriter() {
            run("CREATE TEMPORARY TABLE picked (id INT)");
            session.readOnlyChanged(true);
            session.autoCommitChanged(false);
            assertWriter("SELECT * FROM picked");
            assertWriter("SELECT * FROM orders");
        }

        @Test
        void readOnlyTransaction_withoutPrimaryOnlyState_stillRunsOnTheReader() {
            run("SET @page = 2", "START TRANSACTION READ ONLY");
            assertReader("SELECT * FROM orders LIMIT 10 OFFSET 10");
        }
    }

    @Nested
    class TemporaryTablesLostFromTracking {

        @ParameterizedTest
        @ValueSource(strings = {"ALTER TABLE picked RENAME TO chosen", "ALTER TABLE picked RENAME chosen",
                "RENAME TABLE picked TO chosen", "RENAME TABLE other TO x, picked TO chosen"})
        void renamedTemporaryTable_keepsItsReadsOnTheWriter(String rename) {
            run("CREATE TEMPORARY TABLE picked (id INT)", rename);
            assertWriter("SELECT * FROM chosen");
        }

        @Test
        void temporaryTableWithADoubleQuotedNameUnderAnsiQuotes_isTracked() {
            run("SET SESSION sql_mode = 'ANSI_QUOTES'", "CREATE TEMPORARY TABLE \"picked\" (id INT)");
            assertWriter("SELECT * FROM \"picked\"");
            assertWriter("SELECT * FROM picked");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET @x = 1; CREATE TEMPORARY TABLE picked (id INT)",
                "CREATE TABLE a (id INT); CREATE TEMPORARY TABLE picked (id INT)",
                "INSERT INTO a VALUES (1); CREATE TEMPORARY TABLE IF NOT EXISTS picked AS SELECT * FROM a"})
        void temporaryTableCreatedByALaterStatementOfALine_isTracked(String line) {
            run(line);
            assertWriter("SELECT * FROM picked");
        }
    }

    @Nested
    class MultiStatementLines {

        @Test
        void createFollowedByStartTransaction_opensTheTransaction() {
            run("CREATE TABLE audit (id INT); START TRANSACTION");
            assertWriter("SELECT * FROM audit");
            assertThat(session.inTransaction()).isTrue();
        }

        @Test
        void alterFollowedBySetOfAVariable_pinsIt() {
            run("ALTER TABLE orders ADD note TEXT; SET @v = 1");
            assertWriter("SELECT @v");
        }

        @Test
        void useInsideALine_keepsReadsOnTheWriter_untilAUseOnBoth() {
            run("CREATE TABLE audit (id INT); USE reporting");
            assertWriter("SELECT * FROM daily");
            run("USE reporting");
            assertReader("SELECT * FROM daily");
        }

        @Test
        void useAfterAWriteInALine_keepsReadsOnTheWriter() {
            run("INSERT INTO t VALUES (1); USE reporting");
            assertWriter("SELECT * FROM daily");
        }

        @Test
        void procedureDefinition_keepsItsBodyTogether_andChangesNoSessionState() {
            run("CREATE PROCEDURE p() BEGIN DECLARE n INT; SELECT COUNT(*) INTO n FROM t; IF n > 0 THEN "
                    + "SET @seen = 1; END IF; END");
            assertReader("SELECT * FROM t");
            assertThat(session.inTransaction()).isFalse();
        }

        @Test
        void procedureDefinitionFollowedByACall_seesTheCall() {
            run("CREATE PROCEDURE p(OUT x INT) BEGIN SET x = 1; END; CALL p(@x)");
            assertWriter("SELECT @x");
        }
    }

    @Nested
    class LexerFollowsSqlMode {

        private static final String HIDDEN_FOR_UPDATE = "SELECT * FROM files WHERE path = 'C:\\' FOR UPDATE -- '";

        @Test
        void noBackslashEscapes_revealsALockingClauseAfterABackslash() {
            assertReader(HIDDEN_FOR_UPDATE);
            run("SET sql_mode = 'NO_BACKSLASH_ESCAPES'");
            assertWriter(HIDDEN_FOR_UPDATE);
            run("SET sql_mode = ''");
            assertReader(HIDDEN_FOR_UPDATE);
        }

        @Test
        void noBackslashEscapes_revealsASecondStatement() {
            run("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
            assertWriter("SELECT 'a\\'; DELETE FROM orders; -- '");
        }

        @Test
        void sqlModeTheLexerCannotRead_keepsAmbiguousReadsOnTheWriter_butNotPlainOnes() {
            run("SET sql_mode = @saved_mode");
            assertWriter(HIDDEN_FOR_UPDATE);
            assertReader("SELECT id FROM orders WHERE status = ?");
        }

        @Test
        void oracleModeCurrval_goesToTheWriter() {
            run("SET sql_mode = 'ORACLE'");
            assertWriter("SELECT order_seq.currval FROM dual");
            assertWriter("SELECT order_seq.nextval FROM dual");
        }
    }

    @Nested
    class OtherCases {

        @Test
        void flushTablesWithReadLockOnATable_pinsLikeLockTables() {
            run("FLUSH TABLES orders WITH READ LOCK");
            assertWriter("SELECT * FROM orders");
            run("UNLOCK TABLES");
            assertReader("SELECT * FROM orders");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET autocommit = 1 - 1", "SET autocommit = 1 AND 0", "SET autocommit = 1 * 0"})
        void autocommitFromAnExpression_isTakenAsOff(String set) {
            run(set);
            assertWriter("SELECT * FROM orders");
        }
    }

    @Nested
    class ReadsThatNeedNotGoToTheWriter {

        @ParameterizedTest
        @ValueSource(strings = {"SELECT a.update FROM audit a", "SELECT a.delete, a.insert, a.replace FROM audit a",
                "SELECT handler FROM jobs", "SELECT j.handler, j.call FROM jobs j",
                "ANALYZE FORMAT=JSON SELECT * FROM orders"})
        void readsWithKeywordsAsNames_goToTheReader(String read) {
            assertReader(read);
        }

        @Test
        void startTransaction_releasesLockTables() {
            run("LOCK TABLES orders WRITE", "START TRANSACTION", "COMMIT");
            assertReader("SELECT * FROM orders");
        }
    }
}
