package io.repmysql.driver.routing;

import io.repmysql.driver.routing.SqlLexer.Token;

/**
 * Where one statement of a line ends. Most end at the next {@code ;}. A stored routine, trigger or event
 * definition and a compound statement (BEGIN NOT ATOMIC … END, IF … END IF, a labelled block) have semicolons
 * of their own: their blocks are counted (BEGIN/CASE/IF/LOOP/WHILE/REPEAT … END) to find the one that ends
 * them, so statements after them on the same line are still seen.
 */
final class StatementBounds {

    /** How the statement the lexer stands on is delimited. */
    enum Shape {
        /** Up to the next {@code ;}. */
        PLAIN,
        /** Up to the {@code ;} after its outermost block. */
        BODY,
        /** Everything to the end of the text (MariaDB's FOR loops and Oracle-mode DECLARE sections). */
        REST
    }

    private static final int HEADER_TOKENS = 24;

    private StatementBounds() {
    }

    /** The shape of the statement starting at the current token; moves the lexer (rewind it after). */
    static Shape shape(SqlLexer lexer) {
        Keyword k = lexer.keyword();
        if (lexer.token() == Token.WORD && k == null) {
            return lexer.next() == Token.OPERATOR && lexer.textEquals(":") ? Shape.BODY : Shape.PLAIN;
        }
        if (k == null) {
            return Shape.PLAIN;
        }
        return switch (k) {
            case CREATE, ALTER -> definesRoutine(lexer) ? Shape.BODY : Shape.PLAIN;
            case BEGIN -> {
                Token t = lexer.next();
                yield t == Token.END || t == Token.SEMICOLON || lexer.is(Keyword.WORK) ? Shape.PLAIN : Shape.BODY;
            }
            case IF, CASE, LOOP, WHILE, REPEAT -> Shape.BODY;
            case FOR, DECLARE -> Shape.REST;
            default -> Shape.PLAIN;
        };
    }

    /** CREATE/ALTER [OR REPLACE] [DEFINER = …] [AGGREGATE] PROCEDURE | FUNCTION | TRIGGER | EVENT | PACKAGE. */
    private static boolean definesRoutine(SqlLexer lexer) {
        for (int i = 0; i < HEADER_TOKENS; i++) {
            Token t = lexer.next();
            if (t == Token.END || t == Token.SEMICOLON || t == Token.LEFT_PAREN) {
                return false;
            }
            Keyword k = lexer.keyword();
            if (k != null) {
                switch (k) {
                    case PROCEDURE, FUNCTION, TRIGGER, EVENT, PACKAGE -> {
                        return true;
                    }
                    case TABLE, TABLES, VIEW, INDEX, DATABASE, SCHEMA, USER, TEMPORARY, SEQUENCE, SERVER, TABLESPACE,
                         ROLE -> {
                        return false;
                    }
                    default -> {
                        // DEFINER, SQL SECURITY, ALGORITHM… come before the object type.
                    }
                }
            }
        }
        return false;
    }

    /**
     * Moves the lexer to the {@code ;} that ends the statement, or to the end of the text. For a {@link Shape#BODY}
     * the lexer must stand on the statement's first token; answers false when its blocks do not balance, so the
     * caller can treat the line as one it cannot see into.
     */
    static boolean skip(SqlLexer lexer, Shape shape) {
        if (shape == Shape.REST) {
            while (lexer.token() != Token.END) {
                lexer.next();
            }
            return true;
        }
        int depth = 0;
        Token before = Token.SEMICOLON;
        Keyword beforeKeyword = null;
        for (Token t = lexer.token(); t != Token.END; t = lexer.next()) {
            if (t == Token.SEMICOLON && depth == 0) {
                return true;
            }
            Keyword k = lexer.keyword();
            if (shape == Shape.BODY && t == Token.WORD && k != null) {
                switch (k) {
                    case BEGIN, CASE -> depth++;
                    case IF, LOOP, WHILE, REPEAT -> {
                        if (startsStatement(before, beforeKeyword) && lexer.peek() != Token.LEFT_PAREN) {
                            depth++;
                        }
                    }
                    case END -> {
                        depth--;
                        Keyword closes = lexer.peekKeyword();
                        if (closes == Keyword.IF || closes == Keyword.CASE || closes == Keyword.LOOP
                                || closes == Keyword.WHILE || closes == Keyword.REPEAT || closes == Keyword.FOR) {
                            lexer.next();
                            if (closes == Keyword.FOR) {
                                depth++;
                            }
                        }
                        if (depth < 0) {
                            return false;
                        }
                    }
                    default -> {
                        // Other words do not open or close blocks.
                    }
                }
            }
            before = lexer.token();
            beforeKeyword = lexer.keyword();
        }
        return depth == 0;
    }

    /** IF, LOOP, WHILE and REPEAT open a block only where a statement starts; elsewhere they are functions or DDL. */
    private static boolean startsStatement(Token before, Keyword beforeKeyword) {
        if (before == Token.SEMICOLON || (before == Token.OPERATOR)) {
            return true;
        }
        return beforeKeyword == Keyword.BEGIN || beforeKeyword == Keyword.THEN || beforeKeyword == Keyword.ELSE
                || beforeKeyword == Keyword.DO || beforeKeyword == Keyword.LOOP || beforeKeyword == Keyword.REPEAT;
    }
}
