package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads whose answer a second adversarial round of whole sessions found living on the writer: listings of the
 * session's own variables, {@code IS NULL} under sql_auto_is_null, and session settings that a SET with a GLOBAL
 * part changed on the writer alone.
 */
class SessionAnswersOnTheWriterRoutingTest extends RoutingSessionAssertions {

    @Nested
    class ListingsOfTheSessionsVariables {

        @ParameterizedTest
        @ValueSource(strings = {"SHOW SESSION VARIABLES LIKE 'last_insert_id'", "SHOW VARIABLES LIKE 'identity'",
                "SHOW LOCAL VARIABLES LIKE '%insert_id%'", "SHOW VARIABLES LIKE 'last\\_gtid'",
                "SHOW VARIABLES WHERE Variable_name = 'insert_id'", "SHOW VARIABLES",
                "SHOW SESSION VARIABLES WHERE Variable_name REGEXP 'insert'",
                "SHOW VARIABLES WHERE Variable_name LIKE CONCAT('last', '_insert_id')",
                "SHOW VARIABLES WHERE Value > 0"})
        void aListingThatMayShowTheLastInsertId_goesToTheWriter(String show) {
            assertWriter(show);
        }

        @Test
        void aListingOfWarningCount_goesWhereThePreviousStatementRan() {
            String show = "SHOW SESSION VARIABLES LIKE 'warning_count'";
            run("SELECT * FROM orders");
            assertReader(show);
            run("INSERT INTO orders (id) VALUES (1)");
            assertWriter(show);
        }

        @ParameterizedTest
        @ValueSource(strings = {"SHOW VARIABLES LIKE 'lower_case_table_names'", "SHOW VARIABLES LIKE 'auto_increment%'",
                "SHOW SESSION VARIABLES WHERE Variable_name IN ('language', 'net_write_timeout')",
                "SHOW GLOBAL VARIABLES", "SHOW SESSION STATUS LIKE 'Threads%'"})
        void aListingOfSettingsOnly_isARead(String show) {
            assertReader(show);
        }

        @Test
        void aSessionStatusListingOfLastQueryCost_goesWhereThePreviousStatementRan() {
            run("INSERT INTO audit (what) VALUES ('x')");
            assertWriter("SHOW SESSION STATUS LIKE 'Last_query_cost'");
            assertWriter("SHOW STATUS");
            assertReader("SHOW STATUS LIKE 'Threads_connected'");
            assertReader("SHOW GLOBAL STATUS LIKE 'Last_query_cost'");
            run("SELECT * FROM audit");
            assertReader("SHOW STATUS LIKE 'Last_query_cost'");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "SELECT VARIABLE_VALUE FROM performance_schema.session_variables WHERE VARIABLE_NAME = 'last_insert_id'",
                "SELECT * FROM information_schema.SESSION_STATUS", "SELECT * FROM performance_schema.`session_status`"})
        void aQueryOfTheSessionsVariableTables_goesToTheWriter(String select) {
            assertWriter(select);
        }

        @Test
        void likePatterns_matchLikeTheServer() {
            assertThat(VariableListings.like("last_insert_id", 0, "%insert%", 0)).isTrue();
            assertThat(VariableListings.like("identity", 0, "i_entity", 0)).isTrue();
            assertThat(VariableListings.like("identity", 0, "identity_", 0)).isFalse();
            assertThat(VariableListings.like("insert_id", 0, "insert\\_id", 0)).isTrue();
        }
    }

    @Nested
    class SqlAutoIsNull {

        @Test
        void isNullAfterAnInsert_goesToTheWriterWhileSqlAutoIsNullIsOn() {
            run("SET SQL_AUTO_IS_NULL = 1", "INSERT INTO orders (customer_id) VALUES (3)");
            assertWriter("SELECT * FROM orders WHERE id IS NULL");
            assertWriter("SELECT * FROM orders o WHERE o.`id` IS NULL AND o.customer_id = 3");
            assertReader("SELECT * FROM orders WHERE id IS NOT NULL");
            run("SET @@session.sql_auto_is_null = OFF");
            assertReader("SELECT * FROM orders WHERE id IS NULL");
        }

        @Test
        void sqlAutoIsNullSetToDefaultOrAnExpression_isTakenAsOn() {
            run("SET sql_auto_is_null = DEFAULT");
            assertWriter("SELECT * FROM orders WHERE id IS NULL");
            run("SET NAMES utf8mb4, @@SESSION.sql_auto_is_null = 0, @@SESSION.wait_timeout = 2147483");
            assertReader("SELECT * FROM orders WHERE id IS NULL");
        }
    }

    @Nested
    class SessionSettingsBesideAGlobalOne {

        @ParameterizedTest
        @ValueSource(strings = {"SET GLOBAL max_connections = 500, SESSION sql_select_limit = 10",
                "SET @@global.slow_query_log = 1, @@session.sql_select_limit = 10",
                "SET sql_select_limit = 10, GLOBAL max_connections = 500",
                "SET PERSIST max_connections = 300, LOCAL sql_select_limit = 10"})
        void runOnTheWriterAlone_andReadsStayThereUntilTheSettingIsSetOnBoth(String set) {
            assertWriter(set);
            run(set);
            assertWriter("SELECT * FROM orders");
            run("SET sql_select_limit = DEFAULT");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void anUnscopedAssignmentAfterGlobal_isGlobal() {
            run("SET GLOBAL max_connections = 500, wait_timeout = 10");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void anSqlModeBesideAGlobalOne_becomesUnknown() {
            run("SET GLOBAL max_connections = 500, SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'",
                    "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'");
            assertWriter("SELECT 'a\\', GET_LOCK('k', 0) -- ' AS x");
            run("SET sql_mode = ''");
            assertReader("SELECT 'a\\', GET_LOCK('k', 0) -- ' AS x");
        }
    }

    @Nested
    class ReadOnlyTransactionsUnderLocks {

        @Test
        void aReadOnlySnapshotBegunUnderTheGlobalReadLock_runsOnTheWriterUntilCommit() {
            run("FLUSH TABLES WITH READ LOCK");
            assertWriter("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            run("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY", "SHOW MASTER STATUS");
            assertWriter("UNLOCK TABLES");
            run("UNLOCK TABLES");
            assertWriter("SELECT * FROM orders");
            assertWriter("COMMIT");
            run("COMMIT");
            assertReader("SELECT * FROM orders");
        }

        @Test
        void setTransactionInsideAWriterTransaction_goesToTheWriterWhichRefusesIt() {
            run("SET autocommit = 0", "UPDATE orders SET total = 3 WHERE id = 16");
            assertWriter("SET TRANSACTION READ ONLY");
            assertWriter("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            run("COMMIT");
            assertReader("SET TRANSACTION READ ONLY");
        }

        @Test
        void aReadOnlyTransactionBegunUnderLockTables_beginsOnTheWriterWhereItReleasesTheLocks() {
            run("LOCK TABLES orders WRITE");
            assertWriter("START TRANSACTION READ ONLY");
            run("START TRANSACTION READ ONLY", "COMMIT");
            assertReader("SELECT * FROM orders");
            run("START TRANSACTION READ ONLY");
            assertReader("SELECT * FROM orders");
        }
    }

    @Nested
    class CompletionTypeChain {

        @ParameterizedTest
        @ValueSource(strings = {"SET SESSION completion_type = 'CHAIN'", "SET completion_type = 1",
                "SET @@completion_type = DEFAULT"})
        void aPlainCommit_startsTheNextTransactionWhereTheLastOneRan(String set) {
            run(set, "BEGIN", "INSERT INTO orders (id) VALUES (1)", "COMMIT");
            assertWriter("SELECT * FROM orders");
            run("ROLLBACK");
            assertWriter("SELECT * FROM orders");
            run("COMMIT AND NO CHAIN");
            assertReader("SELECT * FROM orders");
        }

        @ParameterizedTest
        @ValueSource(strings = {"SET completion_type = 0", "SET completion_type = 'NO_CHAIN'",
                "SET completion_type = RELEASE", "SET completion_type = 2"})
        void withoutChain_aCommitEndsTheTransaction(String set) {
            run("SET completion_type = 1", set, "BEGIN", "INSERT INTO orders (id) VALUES (1)", "COMMIT");
            assertReader("SELECT * FROM orders");
        }
    }

    @Nested
    class BinaryLogReplay {

        @Test
        void gtidNext_runsOnTheWriterAlone_andLeavesReadsOnTheReader() {
            assertWriter("SET @@SESSION.GTID_NEXT= '3e11fa47-71ca-11e1-9e33-c80aa9429562:23'");
            run("SET @@SESSION.GTID_NEXT= '3e11fa47-71ca-11e1-9e33-c80aa9429562:23'", "BEGIN",
                    "INSERT INTO orders (id) VALUES (23)", "COMMIT");
            assertWriter("SET @@SESSION.GTID_NEXT= 'AUTOMATIC' /* added by mysqlbinlog */");
            run("SET @@SESSION.GTID_NEXT= 'AUTOMATIC' /* added by mysqlbinlog */");
            assertReader("SELECT * FROM orders");
            assertThat(session.replayStatements()).noneMatch(sql -> sql.contains("GTID_NEXT"));
        }
    }

    @Nested
    class SettingsTakenFromTheServersDefault {

        @ParameterizedTest
        @ValueSource(strings = {"SET time_zone = @@global.time_zone",
                "SET @@session.group_concat_max_len = @@GLOBAL.max_allowed_packet"})
        void runOnBoth_likeTheDefaultANewConnectionHas(String set) {
            assertThat(session.route(set).target()).isEqualTo(Target.BOTH);
            run(set);
            assertReader("SELECT GROUP_CONCAT(id), NOW() FROM orders");
        }

        @Test
        void aUserVariableTakenFromAGlobal_isStillPinnedToTheWriter() {
            assertWriter("SET @tz = @@global.time_zone");
            run("SET @tz = @@global.time_zone");
            assertWriter("SELECT @tz");
        }
    }
}
