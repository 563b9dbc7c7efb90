package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code repmysql explain}: one session over all lines, one output line per statement. */
class ExplainTest {

    @Test
    void multiLineSession_printsTargetAndReason_withEarlierLinesChangingLaterOnes() {
        String input = """
                SELECT * FROM posts
                INSERT INTO posts (author) VALUES ('a')

                SELECT * FROM posts FOR UPDATE
                SET NAMES utf8mb4
                BEGIN
                SELECT * FROM posts
                COMMIT
                CREATE TEMPORARY TABLE tmp (id INT)
                SELECT * FROM tmp
                SELECT * FROM posts
                SET autocommit=0
                SELECT * FROM posts
                SET autocommit=1
                DROP TEMPORARY TABLE tmp
                START TRANSACTION READ ONLY
                SELECT * FROM posts
                COMMIT
                SHOW SLAVE STATUS
                SELECT 'FOR UPDATE' -- DELETE
                frobnicate
                """;
        assertThat(explain(input)).containsExactly(
                "READ\tREAD_STATEMENT",
                "WRITE\tWRITE_STATEMENT",
                "WRITE\tLOCKING_READ",
                "BOTH\tSESSION_STATE",
                "WRITE\tTRANSACTION_CONTROL",
                "WRITE\tIN_TRANSACTION",
                "WRITE\tTRANSACTION_CONTROL",
                "WRITE\tTEMPORARY_TABLE",
                "WRITE\tTEMPORARY_TABLE",
                "READ\tREAD_STATEMENT",
                "BOTH\tSESSION_STATE",
                "WRITE\tIN_TRANSACTION",
                "BOTH\tSESSION_STATE",
                "WRITE\tTEMPORARY_TABLE",
                "READ\tTRANSACTION_CONTROL",
                "READ\tIN_READ_ONLY_TRANSACTION",
                "READ\tTRANSACTION_CONTROL",
                "WRITE\tREPLICATION_STATUS",
                "READ\tREAD_STATEMENT",
                "WRITE\tUNCLASSIFIED");
    }

    @Test
    void withState_printsWhatTheSessionHoldsAfterEachLine() {
        String[] lines = explain("""
                SET @page = 2
                SELECT id INTO @last FROM posts ORDER BY id DESC LIMIT 1
                CREATE TEMPORARY TABLE picked (id INT)
                CALL refresh(@total)
                SET sql_mode = 'ANSI_QUOTES'
                """, true);
        assertThat(lines).containsExactly(
                "BOTH\tSESSION_STATE",
                "  # vars both=[page] writer=[]; temp=[]; tx=none; locks=none; sql_mode=default; unknown=[]",
                "WRITE\tSELECT_INTO",
                "  # vars both=[page] writer=[last]; temp=[]; tx=none; locks=none; sql_mode=default; unknown=[]",
                "WRITE\tTEMPORARY_TABLE",
                "  # vars both=[page] writer=[last]; temp=[picked]; tx=none; locks=none; sql_mode=default; unknown=[]",
                "WRITE\tWRITE_STATEMENT",
                "  # vars both=[] writer=[last]; temp=[picked]; tx=none; locks=none; sql_mode=unknown; "
                        + "unknown=[user variables, temporary tables, transaction, sql_mode]",
                "BOTH\tSESSION_STATE",
                "  # vars both=[] writer=[last]; temp=[picked]; tx=none; locks=none; sql_mode=ANSI_QUOTES; "
                        + "unknown=[user variables, temporary tables, transaction]");
    }

    @Test
    void emptyInput_printsNothing_andExitsZero() {
        assertThat(explain("\n   \n")).isEmpty();
    }

    private static String[] explain(String input) {
        return explain(input, false);
    }

    private static String[] explain(String input, boolean state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = Explain.run(new BufferedReader(new StringReader(input)), out, state);
        assertThat(exit).isZero();
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? new String[0] : text.split("\\R");
    }
}
