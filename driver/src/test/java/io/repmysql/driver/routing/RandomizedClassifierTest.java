package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated statements, fixed seed: the classifier never throws, never calls a statement with a write keyword
 * (outside strings and comments) a read, and calls a read built only of harmless pieces a read.
 */
class RandomizedClassifierTest {

    private static final int STATEMENTS = 120_000;

    private static final List<String> READ_STARTS = List.of("SELECT ", "select ", "(SELECT ",
            "WITH c AS (SELECT 1) SELECT ", "with recursive r as (select 1) select ", "TABLE t ", "VALUES ROW(1) ",
            "EXPLAIN SELECT ", "DESCRIBE SELECT ", "/*!50700 SELECT */ ", "/* hint */ SELECT ", "-- x\nSELECT ");

    private static final List<String> HARMLESS = List.of("id", "p1_0.author", "`order`", "status", "row_total",
            "created_at", "*", ",", "=", "?", "1", "2.5e3", "0x1F", "'it''s INSERT'", "'DELETE FROM t; DROP'",
            "\"say \\\"UPDATE\\\" now\"", "'back\\\\'", "`update`", "`for update`", "@`insert`", "@a", "@@read_only",
            "/* UPDATE t SET a=1 */", "-- DROP TABLE t\n", "# ALTER TABLE t\n", "/*+ BKA(t) */",
            "REPLACE(name, 'x', 'y')", "INSERT('abc', 1, 1, 'z')", "TRUNCATE(1.5, 0)", "SLEEP(0)", "NOW()",
            "COUNT(*)", "FROM posts p", "WHERE", "AND", "OR", "(", ")", "ORDER BY id", "LIMIT 10", "GROUP BY 1",
            "JOIN comments c ON c.post_id = p.id", "FOR SYSTEM_TIME AS OF NOW()", "'; SELECT 1'", "'/*'", "'*/'",
            "N'x'", "_utf8mb4'y'", "x'4D'", "IN (SELECT 1)", "-1", "5--1", "a.b.c", "ÄÖÜ", "'ü'", "\t", "\n");

    private static final List<String> WRITES = List.of("INSERT INTO t VALUES (1)", "UPDATE t SET a = 1",
            "DELETE FROM t", "REPLACE INTO t VALUES (1)", "CREATE TABLE x (id INT)", "DROP TABLE x",
            "ALTER TABLE x ADD c INT", "TRUNCATE TABLE x", "GRANT ALL ON *.* TO u", "REVOKE ALL ON *.* FROM u",
            "RENAME TABLE a TO b", "FOR UPDATE", "FOR SHARE", "LOCK IN SHARE MODE", "CALL p()",
            "LOAD DATA INFILE 'f' INTO TABLE t", "; DELETE FROM t", "/*! FOR UPDATE */", "/*!50700 DELETE FROM t */",
            "/*M! UPDATE t SET a = 1 */", "CALL p(@v)", "LOCK TABLES t READ", "INTO @v", "@v := 1",
            "LAST_INSERT_ID()", "GET_LOCK('x', 1)", "NEXT VALUE FOR s");

    private static final String GARBAGE = "'\"`\\/*-#;:=@()!?,.\n\t abcXYZ019ÿ€";

    private final Random random = new Random(20_240_611L);

    @Test
    void generatedStatements_neverThrow_neverHideAWrite_andHarmlessReadsStayReads() {
        int writes = 0;
        int reads = 0;
        for (int n = 0; n < STATEMENTS; n++) {
            StringBuilder sql = new StringBuilder(pick(READ_STARTS));
            boolean hasWrite = false;
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                boolean write = random.nextInt(10) == 0;
                hasWrite |= write;
                sql.append(' ').append(randomCase(pick(write ? WRITES : HARMLESS)));
            }
            boolean garbage = random.nextInt(4) == 0;
            if (garbage) {
                sql.append(' ');
                for (int i = random.nextInt(20); i > 0; i--) {
                    sql.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
                }
            }
            String text = sql.toString();
            Classification c = StatementClassifier.classifyUncached(text);
            assertThat(c).as(text).isNotNull();
            if (hasWrite) {
                writes++;
                assertThat(c.target()).as("a write hides in: %s", text).isNotEqualTo(Target.READER);
            } else if (!garbage) {
                reads++;
                assertThat(c.target()).as("a harmless read: %s", text).isEqualTo(Target.READER);
            }
        }
        assertThat(writes).isGreaterThan(STATEMENTS / 4);
        assertThat(reads).isGreaterThan(STATEMENTS / 10);
    }

    @Test
    void randomCharacterSoup_neverThrows() {
        StatementClassifier classifier = new StatementClassifier(64);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sql = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sql.append(random.nextInt(3) == 0 ? randomCase(pick(HARMLESS)) + ' '
                        : String.valueOf(GARBAGE.charAt(random.nextInt(GARBAGE.length()))));
            }
            assertThat(classifier.classify(sql.toString())).isNotNull();
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String randomCase(String s) {
        if (random.nextBoolean()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(random.nextBoolean() ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
        }
        return b.toString();
    }
}
