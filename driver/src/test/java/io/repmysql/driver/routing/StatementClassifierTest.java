package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every routing rule, one statement per row: expected target, reason, then the SQL after " | ". */
class StatementClassifierTest {

    private final StatementClassifier classifier = new StatementClassifier();

    static Stream<Arguments> reads() {
        return rows(ClassifierCases.READS);
    }

    static Stream<Arguments> writes() {
        return rows(ClassifierCases.WRITES);
    }

    static Stream<Arguments> sessionState() {
        return rows(ClassifierCases.SESSION_STATE);
    }

    static Stream<Arguments> quotingAndComments() {
        return rows(ClassifierCases.QUOTING_AND_COMMENTS);
    }

    static Stream<Arguments> generatedByFrameworks() {
        return rows(ClassifierCases.FRAMEWORKS);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("reads")
    void readStatement_routesToReader_unlessItNeedsThePrimary(Target target, Reason reason, String sql) {
        assertClassified(sql, target, reason);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("writes")
    void writeStatement_routesToWriter(Target target, Reason reason, String sql) {
        assertClassified(sql, target, reason);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("sessionState")
    void sessionStatement_routesToBoth_unlessItChangesTheServer(Target target, Reason reason, String sql) {
        assertClassified(sql, target, reason);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("quotingAndComments")
    void keywordsInStringsAndComments_neverCount_butExecutableCommentsDo(Target target, Reason reason, String sql) {
        assertClassified(sql, target, reason);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("generatedByFrameworks")
    void frameworkGeneratedSql_routesLikeHandWrittenSql(Target target, Reason reason, String sql) {
        assertClassified(sql, target, reason);
    }

    @Test
    void nullSql_isRejectedWithAClearMessage() {
        assertThatThrownBy(() -> classifier.classify(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sql is null");
    }

    @Test
    void sameString_givesTheSameCachedInstance() {
        String sql = "select * from posts where id = ?";
        assertThat(classifier.classify(sql)).isSameAs(classifier.classify(new String(sql)));
    }

    @Test
    void fullCache_startsOverInsteadOfGrowing() {
        StatementClassifier small = new StatementClassifier(10);
        for (int i = 0; i < 25; i++) {
            small.classify("select " + i);
        }
        assertThat(small.cachedCount()).isLessThanOrEqualTo(10);
    }

    @Test
    void veryLongRead_isClassifiedButNotCached() {
        StringBuilder sql = new StringBuilder("select id");
        for (int i = 0; i < 2000; i++) {
            sql.append(", column_").append(i);
        }
        sql.append(" from wide_table where a = 'x' for update");
        StatementClassifier fresh = new StatementClassifier();
        assertThat(fresh.classify(sql.toString()).reason()).isEqualTo(Reason.LOCKING_READ);
        assertThat(fresh.cachedCount()).isZero();
    }

    @Test
    void longHibernateSelect_withManyJoins_isARead() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < 60; i++) {
            sql.append("p1_0.col").append(i).append(i < 59 ? "," : " ");
        }
        sql.append("from posts p1_0 ");
        for (int i = 0; i < 12; i++) {
            sql.append("left join tags t").append(i).append("_0 on t").append(i).append("_0.post_id=p1_0.id ");
        }
        sql.append("where p1_0.author=? order by p1_0.created_at desc limit ?");
        assertClassified(sql.toString(), Target.READER, Reason.READ_STATEMENT);
    }

    @Test
    void multiStatement_keepsEachPartInOrder() {
        Classification c = classifier.classify("BEGIN; INSERT INTO t VALUES (1); COMMIT");
        assertThat(c.reason()).isEqualTo(Reason.MULTI_STATEMENT);
        assertThat(c.parts()).extracting(Classification::reason)
                .containsExactly(Reason.TRANSACTION_CONTROL, Reason.WRITE_STATEMENT, Reason.TRANSACTION_CONTROL);
    }

    @Test
    void createTemporaryTable_namesTheTableInLowerCase_withoutSchema() {
        Classification c = classifier.classify("CREATE TEMPORARY TABLE IF NOT EXISTS shop.`Tmp_Orders` (id INT)");
        assertThat(c.effects()).containsExactly(Effect.CREATE_TEMPORARY_TABLE);
        assertThat(c.names()).containsExactly("tmp_orders");
    }

    @Test
    void dropTables_namesEveryTable_andOnlyPermanentDropCommits() {
        Classification permanent = classifier.classify("DROP TABLE IF EXISTS a, db.B");
        Classification temporary = classifier.classify("DROP TEMPORARY TABLE a");
        assertThat(permanent.names()).containsExactly("a", "b");
        assertThat(permanent.effects()).contains(Effect.DROP_TABLES, Effect.IMPLICIT_COMMIT);
        assertThat(temporary.effects()).containsExactly(Effect.DROP_TABLES);
    }

    @Test
    void setOfSameVariables_sharesAReplayKey_butSelfReferenceHasNone() {
        assertThat(classifier.classify("SET @a = 1").replayKey())
                .isEqualTo(classifier.classify("set @A := 'x'").replayKey());
        assertThat(classifier.classify("SET @a = @a + 1").replayKey()).isNull();
        assertThat(classifier.classify("SET NAMES utf8mb4").replayKey())
                .isEqualTo(classifier.classify("SET CHARACTER SET latin1").replayKey());
        assertThat(classifier.classify("SET SESSION tx_read_only = 1").replayKey())
                .isEqualTo(classifier.classify("SET SESSION TRANSACTION READ WRITE").replayKey());
    }

    private void assertClassified(String sql, Target target, Reason reason) {
        Classification c = classifier.classify(sql);
        assertThat(c.target()).as("target of %s", sql).isEqualTo(target);
        assertThat(c.reason()).as("reason of %s", sql).isEqualTo(reason);
    }

    private static Stream<Arguments> rows(String table) {
        return table.lines().filter(line -> !line.isBlank()).map(line -> {
            int bar = line.indexOf(" |");
            String[] expected = line.substring(0, bar).trim().split("\\s+");
            Target target = switch (expected[0]) {
                case "READ" -> Target.READER;
                case "WRITE" -> Target.WRITER;
                default -> Target.BOTH;
            };
            String sql = bar + 3 <= line.length() ? line.substring(bar + 3) : "";
            return Arguments.of(target, Reason.valueOf(expected[1]), sql.replace("\\n", "\n"));
        });
    }
}
