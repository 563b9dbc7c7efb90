package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session state found by an adversarial corpus written apart from the router: quoting that depends on the
 * sql_mode of one statement, values each server draws for itself, variable scopes that last one transaction,
 * listings of tables that include temporary ones, and statements that describe the previous statement or another
 * connection.
 */
class SessionStateEdgeRoutingTest extends RoutingSessionAssertions {

    private static final String QUOTED_LOCK = "SELECT * FROM orders WHERE a = \"\\\" FOR UPDATE -- \"";

    @Nested
    class QuotingThatDependsOnTheMode {

        @Test
        void backslashInADoubleQuotedNameUnderAnsiQuotes_escapesNothing() {
            assertReader(QUOTED_LOCK);
            run("SET SESSION sql_mode = 'ANSI_QUOTES'");
            assertWriter(QUOTED_LOCK);
            run("SET sql_mode = 'ORACLE'");
            assertWriter(QUOTED_LOCK);
        }

        @Test
        void setStatementWithAnSqlMode_isAReadOnlyIfItIsOneInEveryMode() {
            assertWriter("SET STATEMENT sql_mode = 'ANSI_QUOTES' FOR " + QUOTED_LOCK);
            assertWriter("SET STATEMENT sql_mode = 'NO_BACKSLASH_ESCAPES' FOR SELECT * FROM t WHERE p = 'C:\\' "
                    + "FOR UPDATE -- '");
            assertReader("SET STATEMENT sql_mode = 'ANSI_QUOTES' FOR SELECT \"a\" FROM orders");
            assertReader("SET STATEMENT max_statement_time = 5 FOR " + QUOTED_LOCK);
        }

        @Test
        void setGlobalSqlMode_leavesTheSessionsModeAlone() {
            run("SET GLOBAL sql_mode = 'ANSI_QUOTES'");
            assertReader(QUOTED_LOCK);
        }
    }

    @Nested
    class ValuesThatExistOnlyWhereTheyWereComputed {

        @ParameterizedTest
        @ValueSource(strings = {"SET @token = UUID()", "SET @r = RAND()", "SET @s := UUID_SHORT()",
                "SET @b = HEX(RANDOM_BYTES(8))"})
        void setOfAValueEachServerDrawsItself_runsOnTheWriterAndPinsTheVariable(String set) {
            assertThat(session.route(set).target()).isEqualTo(Target.WRITER);
            run(set);
            String variable = set.substring(4, set.indexOf(' ', 4));
            assertWriter("SELECT * FROM orders WHERE token = " + variable);
        }

        @Test
        void setGlobalWithAUserVariable_pinsTheVariableToTheWriter() {
            run("SET GLOBAL max_connections = 300, @limit = 2");
            assertWriter("SELECT @limit");
            run("SET @limit = 3");
            assertReader("SELECT @limit");
        }

        @Test
        void pseudoThreadId_isReadOnTheWriter() {
            assertWriter("SELECT @@pseudo_thread_id");
            assertWriter("SELECT @@session.pseudo_thread_id");
        }
    }

    @Nested
    class TransactionCharacteristicsForOneTransaction {

        @ParameterizedTest
        @ValueSource(strings = {"SET @@transaction_read_only = 1", "SET @@tx_read_only = ON"})
        void unscopedReadOnlyVariable_makesOnlyTheNextTransactionReadOnly(String set) {
            assertThat(session.route(set).target()).isEqualTo(Target.READER);
            run(set);
            assertReader("START TRANSACTION");
            run("START TRANSACTION", "COMMIT");
            assertWriter("START TRANSACTION");
            run("START TRANSACTION");
            assertWriter("INSERT INTO orders (total) VALUES (1)");
        }

        @Test
        void sessionScopedReadOnlyVariable_staysForTheSession() {
            assertThat(session.route("SET SESSION transaction_read_only = ON").target()).isEqualTo(Target.BOTH);
            run("SET SESSION transaction_read_only = ON", "START TRANSACTION", "COMMIT");
            assertReader("START TRANSACTION");
        }

        @Test
        void unscopedIsolationVariable_goesWhereTheNextTransactionRuns_andIsNotReplayed() {
            assertWriter("SET @@transaction_isolation = 'SERIALIZABLE'");
            run("SET @@transaction_isolation = 'SERIALIZABLE'");
            assertThat(session.replayStatements()).isEmpty();
        }

        @Test
        void cacheIndex_commitsTheOpenTransaction() {
            run("START TRANSACTION", "CACHE INDEX orders IN hot_cache");
            assertReader("SELECT 1");
        }
    }

    @Nested
    class ListingsOfTables {

        @ParameterizedTest
        @ValueSource(strings = {"SHOW TABLES", "SHOW FULL TABLES LIKE 'tmp%'", "SHOW TABLE STATUS",
                "SELECT table_name FROM information_schema.TABLES WHERE table_schema = DATABASE()",
                "SELECT * FROM `INFORMATION_SCHEMA`.`COLUMNS` WHERE table_name = 'scratch'"})
        void whileATemporaryTableExists_goToTheWriter(String listing) {
            assertReader(listing);
            run("CREATE TEMPORARY TABLE scratch (id INT)");
            assertWriter(listing);
            run("DROP TEMPORARY TABLE scratch");
            assertReader(listing);
        }
    }

    @Nested
    class StatementsAboutOtherStatements {

        @Test
        void showProfile_followsThePreviousStatement() {
            run("SET profiling = 1", "SELECT * FROM orders");
            assertReader("SHOW PROFILE");
            run("UPDATE orders SET total = 0 WHERE id = 0");
            assertWriter("SHOW PROFILE");
            assertWriter("SHOW PROFILES");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SHOW EXPLAIN FOR 42", "SHOW ANALYZE FOR 42", "SHOW EXPLAIN FORMAT=JSON FOR 42"})
        void showExplainOfAnotherConnection_goesToTheWriter(String show) {
            assertWriter(show);
        }

        @Test
        void executeImmediateWithParameters_pinsTheVariablesOfItsText() {
            run("EXECUTE IMMEDIATE 'SELECT ? INTO @answer' USING 5");
            assertWriter("SELECT @answer");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void preparedSetOfANamedSetting_isKnownAgainAfterTheSameSetOnBoth() {
            run("PREPARE tz FROM 'SET time_zone = ''+01:00'''", "EXECUTE tz");
            assertWriter("SELECT NOW()");
            run("SET time_zone = '+01:00'");
            assertReader("SELECT NOW()");
        }
    }

    @Nested
    class StatementsThatAssignOrDependOnTheWritersSession {

        @Test
        void loadDataWithVariablesInItsColumnList_pinsThem() {
            run("LOAD DATA LOCAL INFILE 'orders.csv' INTO TABLE orders (@c1, total) SET note = UPPER(@c1)");
            assertWriter("SELECT @c1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET @sid = @@server_id", "SET @host = @@hostname", "SET @u = @@global.server_uuid",
                "SET @ro = @@read_only"})
        void setFromAServersOwnValue_pinsTheVariable(String set) {
            run(set);
            String variable = set.substring(4, set.indexOf(' ', 4));
            assertWriter("SELECT " + variable);
        }

        @Test
        void assignmentInsideASetValue_pinsThatVariableToo() {
            run("SET @a := (@b := 5)");
            assertWriter("SELECT @b");
        }

        @Test
        void createTableAsSelectAssigningAVariable_pinsIt() {
            run("CREATE TABLE copy AS SELECT @last := id AS id FROM orders");
            assertWriter("SELECT @last");
            run("CREATE TEMPORARY TABLE scratch AS SELECT @n := 1 AS a");
            assertWriter("SELECT @n");
            assertWriter("SELECT * FROM scratch");
        }

        @Test
        void jdbcCallEscape_isACall() {
            run("SET @n = 1", "{call fill_scratch(@n)}");
            assertWriter("SELECT @n");
            assertWriter("SELECT * FROM orders");
        }

        @Test
        void performanceSchemaThreadOfThisConnection_isReadOnTheWriter() {
            assertWriter("SELECT * FROM performance_schema.threads WHERE THREAD_ID = PS_CURRENT_THREAD_ID()");
        }

        @Test
        void sessionSettingComputedByAQuery_runsOnTheWriter_andKeepsReadsThereUntilSetOnBoth() {
            run("SET @@SESSION.sql_mode = (SELECT 'ANSI_QUOTES')");
            assertWriter("SELECT \"a\" FROM orders");
            run("SET time_zone = (SELECT tz FROM settings LIMIT 1)", "SET sql_mode = 'ANSI_QUOTES'");
            assertWriter("SELECT NOW()");
            run("SET time_zone = '+00:00'");
            assertReader("SELECT NOW()");
        }

        @Test
        void setSqlModeFromAPinnedVariable_withATrailingSemicolon_runsOnTheWriter() {
            run("SELECT @@sql_mode INTO @saved");
            assertWriter("SET sql_mode = @saved ;");
        }

        @Test
        void setRole_isSessionStateOnBoth() {
            assertThat(session.route("SET ROLE 'reporting'").target()).isEqualTo(Target.BOTH);
            assertWriter("SET DEFAULT ROLE 'reporting' TO 'app'@'%'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET PASSWORD = 'secret'", "SET DEFAULT ROLE ALL TO 'app'@'%'", "CHECK TABLE orders",
                "LOAD INDEX INTO CACHE orders"})
        void accountAndMaintenanceStatements_commitTheOpenTransaction(String statement) {
            run("START TRANSACTION", statement);
            assertReader("SELECT 1");
        }
    }

    @Nested
    class LocksTakenOnTheReader {

        @Test
        void lockTablesInAReadOnlyTransaction_keepsEveryStatementOnTheReaderUntilUnlockTables() {
            run("START TRANSACTION READ ONLY", "SELECT * FROM orders");
            assertReader("LOCK TABLES orders READ");
            run("LOCK TABLES orders READ");
            assertReader("SELECT * FROM orders");
            assertReader("UNLOCK TABLES");
            run("UNLOCK TABLES");
            assertReader("SELECT * FROM orders");
            assertWriter("INSERT INTO orders VALUES (1)");
        }

        @Test
        void lockTablesOnAReadOnlyConnection_isReleasedWhereItWasTaken() {
            session.readOnlyChanged(true);
            run("LOCK TABLES orders READ");
            assertReader("SELECT * FROM orders");
            assertReader("UNLOCK TABLES");
            run("UNLOCK TABLES");
            session.readOnlyChanged(false);
            assertWriter("INSERT INTO orders VALUES (1)");
        }

        @Test
        void lockTablesOnTheWriter_keepsEveryStatementOnTheWriter() {
            run("LOCK TABLES orders READ");
            assertWriter("SELECT * FROM orders");
            assertWriter("UNLOCK TABLES");
        }
    }
}
