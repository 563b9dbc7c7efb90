package io.repmysql.driver.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.repmysql.driver.routing.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void stringsNamesAndVariables_areSingleTokens_withTheirInnerText() {
        SqlLexer lexer = new SqlLexer("SELECT 'a''b', \"c\\\"d\", `e``f`, @x, @'y z', @@session.tz ? := ; 12.5");
        assertThat(tokens(lexer)).containsExactly("WORD:select", "STRING:a''b", "COMMA:,", "STRING:c\\\"d",
                "COMMA:,", "QUOTED_NAME:e``f", "COMMA:,", "USER_VARIABLE:x", "COMMA:,", "USER_VARIABLE:y z",
                "COMMA:,", "SYSTEM_VARIABLE:session", "DOT:.", "WORD:tz", "PARAMETER:?", "ASSIGN::=",
                "SEMICOLON:;", "NUMBER:12.5");
    }

    @Test
    void comments_disappear_butExecutableCommentContent_isLexed() {
        SqlLexer lexer = new SqlLexer("a /* b */ c -- d\n e # f\n g /*!50700 h */ i /*M!100100 j */ k /*+ l */ m");
        assertThat(tokens(lexer)).containsExactly("WORD:a", "WORD:c", "WORD:e", "WORD:g", "WORD:h", "WORD:i",
                "WORD:j", "WORD:k", "WORD:m");
    }

    @Test
    void doubleDash_withoutSpace_isMinusMinus_notAComment() {
        assertThat(tokens(new SqlLexer("5--1"))).containsExactly("NUMBER:5", "OPERATOR:-", "OPERATOR:-", "NUMBER:1");
    }

    @Test
    void keywords_matchCaseInsensitively_andOnlyWholeAsciiWords() {
        SqlLexer lexer = new SqlLexer("sElEcT selected ſelect last_insert_id");
        lexer.next();
        assertThat(lexer.keyword()).isEqualTo(Keyword.SELECT);
        lexer.next();
        assertThat(lexer.keyword()).isNull();
        lexer.next();
        assertThat(lexer.keyword()).isNull();
        lexer.next();
        assertThat(lexer.keyword()).isEqualTo(Keyword.LAST_INSERT_ID);
    }

    @Test
    void peek_doesNotConsume() {
        SqlLexer lexer = new SqlLexer("FOR /*! UPDATE */ x");
        lexer.next();
        assertThat(lexer.peekKeyword()).isEqualTo(Keyword.UPDATE);
        assertThat(lexer.peek()).isEqualTo(Token.WORD);
        assertThat(lexer.keyword()).isEqualTo(Keyword.FOR);
        assertThat(tokens(lexer)).containsExactly("WORD:update", "WORD:x");
    }

    @Test
    void unterminatedStringsAndComments_endAtTheEndOfTheText() {
        assertThat(tokens(new SqlLexer("a 'b c"))).containsExactly("WORD:a", "STRING:b c");
        assertThat(tokens(new SqlLexer("a /* b"))).containsExactly("WORD:a");
        assertThat(tokens(new SqlLexer("a `b"))).containsExactly("WORD:a", "QUOTED_NAME:b");
        assertThat(tokens(new SqlLexer("'\\"))).containsExactly("STRING:\\");
    }

    private static List<String> tokens(SqlLexer lexer) {
        List<String> out = new ArrayList<>();
        for (Token t = lexer.next(); t != Token.END; t = lexer.next()) {
            out.add(t + ":" + lexer.lowerText());
        }
        return out;
    }
}
